package pl.edugmina.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    @Test
    void keepsTheFormattingAnOfficialUses() {
        String html = RichText.sanitize("<p>Proszę o <strong>pilne</strong> uzupełnienie <em>arkusza</em> i <u>podpis</u>.</p>"
                + "<blockquote>Cytat z zarządzenia</blockquote>");
        assertThat(html).isEqualTo("<p>Proszę o <strong>pilne</strong> uzupełnienie <em>arkusza</em> i <u>podpis</u>.</p>"
                + "<blockquote>Cytat z zarządzenia</blockquote>");
    }

    @Test
    void dropsScriptsEventsStylesImagesAndDangerousLinks() {
        String html = RichText.sanitize("<p onclick=\"steal()\" style=\"color:red\">Tekst<script>alert(1)</script></p>"
                + "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(1)\">kliknij</a> <a href=\"data:text/html,x\">dane</a>");
        assertThat(html).doesNotContain("script", "onclick", "style", "img", "onerror", "iframe", "javascript", "data:", "alert(1)")
                .contains("<p>Tekst</p>").contains("kliknij").contains("dane");
    }

    @Test
    void webAndMailLinksStayAndAreMarkedAsForeign() {
        String html = RichText.sanitize("<p><a href=\"https://bip.lublin.eu/oswiata\" target=\"_blank\">BIP</a>"
                + " <a href=\"mailto:oswiata@lublin.eu\">napisz</a></p>");
        assertThat(html).contains("href=\"https://bip.lublin.eu/oswiata\"").containsPattern("rel=\"(?=[^\"]*nofollow)(?=[^\"]*noopener)(?=[^\"]*noreferrer)[^\"]*\"")
                .contains("href=\"mailto:oswiata&#64;lublin.eu\"");
    }

    @Test
    void headingsGoBelowThePagesOwnHeadings() {
        assertThat(RichText.sanitize("<h1>Termin</h1><h2>Zakres</h2><p>x</p>")).isEqualTo("<h3>Termin</h3><h4>Zakres</h4><p>x</p>");
        assertThat(RichText.sanitize("<h3>Termin</h3><h4>Zakres</h4><h5>a</h5><h6>b</h6>")).as("sanitising again changes nothing")
                .isEqualTo("<h3>Termin</h3><h4>Zakres</h4><h5>a</h5><h5>b</h5>");
    }

    @Test
    void theEditorsFlatListsBecomeNestedLists() {
        String quill = "<ol><li data-list=\"bullet\">szkoły</li><li data-list=\"ordered\" class=\"ql-indent-1\">podstawowe</li>"
                + "<li data-list=\"ordered\" class=\"ql-indent-1\">ponadpodstawowe</li><li data-list=\"bullet\">przedszkola</li></ol>"
                + "<ol><li data-list=\"ordered\">pierwszy</li><li data-list=\"ordered\">drugi</li></ol>";
        assertThat(RichText.sanitize(quill)).isEqualTo(
                "<ul><li>szkoły<ol><li>podstawowe</li><li>ponadpodstawowe</li></ol></li><li>przedszkola</li></ul>"
                        + "<ol><li>pierwszy</li><li>drugi</li></ol>");
    }

    @Test
    void aListOfTheOtherKindAtTheSameLevelStartsANewList() {
        assertThat(RichText.sanitize("<ol><li data-list=\"ordered\">a</li><li data-list=\"bullet\">b</li></ol>"))
                .isEqualTo("<ol><li>a</li></ol><ul><li>b</li></ul>");
    }

    @Test
    void crookedNestingFromOutsideTheEditorStaysWellFormed() {
        String html = RichText.sanitize("<ol><li><ol><li>x</li></ol></li></ol><ul><li>y</ul></p></div>");
        assertThat(html.split("<ol>", -1).length).isEqualTo(html.split("</ol>", -1).length);
        assertThat(html.split("<ul>", -1).length).isEqualTo(html.split("</ul>", -1).length);
        assertThat(html.split("<li>", -1).length).isEqualTo(html.split("</li>", -1).length);
        assertThat(html).doesNotContain("</div>");
    }

    @Test
    void plainTextIsWhatAReaderSees() {
        String html = RichText.sanitize("<p>Dzień dobry,</p><p>proszę o:</p><ol><li data-list=\"bullet\">arkusz &amp; aneks</li>"
                + "<li data-list=\"bullet\">podpis „dyrektora”</li></ol><p>Z poważaniem<br>Referent</p>");
        assertThat(RichText.plainText(html)).isEqualTo("Dzień dobry,\nproszę o:\n• arkusz & aneks\n• podpis „dyrektora”\nZ poważaniem\nReferent");
    }

    @Test
    void anEmptyEditorIsBlank() {
        assertThat(RichText.isBlank(RichText.sanitize("<p><br></p><p> </p>"))).isTrue();
        assertThat(RichText.isBlank(RichText.sanitize("<p><img src=x></p>"))).isTrue();
        assertThat(RichText.isBlank(RichText.sanitize("<p>a</p>"))).isFalse();
    }

    @Test
    void plainTextBecomesParagraphsWithNothingInterpreted() {
        String html = RichText.fromPlainText("Dzień dobry,\nproszę o <b>dane</b> & pliki.\n\nZ poważaniem");
        assertThat(html).isEqualTo("<p>Dzień dobry,<br>proszę o &lt;b&gt;dane&lt;/b&gt; &amp; pliki.</p><p>Z poważaniem</p>");
        assertThat(RichText.plainText(RichText.sanitize(html))).isEqualTo("Dzień dobry,\nproszę o <b>dane</b> & pliki.\nZ poważaniem");
    }
}
