package pl.edugmina.it.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import pl.edugmina.it.support.Users;

/** A parent's first steps on the portal's application form, shared by the recruitment browser tests. */
final class ParentForm {

    private ParentForm() {
    }

    /**
     * A new citizen account with {@code password}, logged in, on the empty application form of the campaign named
     * {@code campaign}; returns the account's login.
     */
    static String openNew(Browser browser, String loginPrefix, String password, String campaign) {
        Users.Created parent = Users.create(loginPrefix, "CITIZEN");
        Users.changePassword(parent.login(), parent.oneTimePassword(), password).expect(204);
        browser.login(parent.login(), password);
        browser.press(By.id("topForm:navRecruitment"));
        WebElement row = browser.driver.findElements(By.cssSelector("#open_data tr")).stream()
                .filter(r -> r.getText().contains(campaign)).findFirst().orElseThrow();
        browser.press(row.findElement(By.linkText("Złóż wniosek")));
        return parent.login();
    }

    /** The child (born 15.03.2022, in Lublin) and the first guardian with a phone, typed into the form. */
    static void child(Browser browser, String firstName, String lastName, String pesel, String street, String house, String postalCode,
                      String guardian, String phone) {
        browser.type("applicationForm:childFirstName", firstName);
        browser.type("applicationForm:childLastName", lastName);
        browser.date("applicationForm:birthDate_input", "15.03.2022");
        browser.type("applicationForm:pesel", pesel);
        browser.type("applicationForm:locality", "Lublin");
        browser.type("applicationForm:street", street);
        browser.type("applicationForm:houseNumber", house);
        browser.type("applicationForm:postalCode", postalCode);
        browser.type("applicationForm:guardian1Name", guardian);
        browser.type("applicationForm:guardian1Phone", phone);
    }
}
