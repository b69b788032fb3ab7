package pl.edugmina.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import pl.edugmina.registry.domain.validation.Nip;
import pl.edugmina.registry.domain.validation.Regon;

/**
 * Writes the demo data set for the city of Lublin: {@code rspo-lublin.json} (one page of the
 * RSPO API in Hydra format with all units) and {@code staff-lublin.csv} (unit staff and the
 * employees of the city's Wydział Oświaty). All contact data uses the reserved {@code .example}
 * top-level domain; REGON and NIP numbers are random but have valid check digits. The output is
 * fully determined by {@link #SEED}, so re-running the generator reproduces the committed files
 * byte for byte (a test checks that).
 *
 * <p>Run from the repository root (or pass the output directory as the only argument):
 * <pre>
 * java -cp ejb/target/classes:ejb/target/test-classes pl.edugmina.demo.DemoDataGenerator
 * </pre>
 */
public final class DemoDataGenerator {

    public static final long SEED = 20_240_901L;
    public static final String RSPO_FILE = "rspo-lublin.json";
    public static final String STAFF_FILE = "staff-lublin.csv";
    public static final String DOMAIN = "lublin.example";
    public static final String DEPARTMENT_DOMAIN = "um." + DOMAIN;

    private static final String CITY = "Lublin";
    private static final String RUNNING_BODY = "Gmina Lublin";

    /** Unit types used, with the ids and names of the RSPO dictionary. */
    public enum UnitType {
        PRZEDSZKOLE(1, "Przedszkole"),
        SZKOLA_PODSTAWOWA(2, "Szkoła podstawowa"),
        LICEUM(14, "Liceum ogólnokształcące"),
        TECHNIKUM(16, "Technikum"),
        BRANZOWA_I(93, "Branżowa szkoła I stopnia"),
        BRANZOWA_II(94, "Branżowa szkoła II stopnia"),
        POLICEALNA(19, "Szkoła policealna"),
        BURSA(27, "Bursa"),
        PORADNIA(34, "Poradnia psychologiczno-pedagogiczna"),
        MDK(29, "Młodzieżowy dom kultury"),
        SPECJALNA_PRZYSPOSABIAJACA(82, "Szkoła specjalna przysposabiająca do pracy"),
        ZESPOL(100, "Zespół szkół i placówek oświatowych");

        public final int id;
        public final String rspoName;

        UnitType(int id, String rspoName) {
            this.id = id;
            this.rspoName = rspoName;
        }
    }

    // ------------------------------------------------------------------ reference lists

    private static final String[] STREETS = {
        "Krakowskie Przedmieście", "Narutowicza", "Lipowa", "Okopowa", "Peowiaków", "Spokojna", "Chopina",
        "Radziwiłłowska", "Zana", "Wileńska", "Jana Pawła II", "Nałęczowska", "Głęboka", "Aleje Racławickie",
        "Sowińskiego", "Aleja Kraśnicka", "Zemborzycka", "Łęczyńska", "Mełgiewska", "Fabryczna", "Lubartowska",
        "Kunickiego", "Aleja Józefa Piłsudskiego", "Aleja Solidarności", "Koncertowa", "Bohaterów Monte Cassino",
        "Wojciechowska", "Szeligowskiego", "Tumidajskiego", "Hirszfelda", "Bazylianówka", "Kosmonautów", "Pogodna",
        "Wyżynna", "Rycerska", "Stefczyka", "Elsnera", "Samsonowicza", "Jana Sawy", "Tatarakowa", "Gęsia", "Młyńska",
        "Zamojska", "Ogrodowa", "Muzyczna", "Kasprowicza", "Bursaki", "Roztocze", "Nadbystrzycka", "Popiełuszki",
        "Orkana", "Hetmańska", "Grygowej", "Pszczela", "Berylowa", "Radości", "Dziewanny", "Niecała", "Kalinowszczyzna",
        "Turystyczna", "Choiny", "Poligonowa", "Cisowa", "Relaksowa", "Weteranów", "Magnoliowa", "Bernardyńska",
        "Czechowska", "Pana Balcera", "Skierki"
    };

    private static final String[] PATRONS = {
        "Henryka Sienkiewicza", "Jana Kochanowskiego", "Adama Mickiewicza", "Juliusza Słowackiego",
        "Tadeusza Kościuszki", "Jana Pawła II", "Marii Skłodowskiej-Curie", "Bolesława Prusa", "Stefana Żeromskiego",
        "Janusza Korczaka", "Kornela Makuszyńskiego", "Orła Białego", "Polskich Olimpijczyków", "Fryderyka Chopina",
        "Zbigniewa Herberta", "Czesława Miłosza", "Ignacego Jana Paderewskiego", "Józefa Piłsudskiego",
        "Kardynała Stefana Wyszyńskiego", "Wincentego Pola", "Marii Dąbrowskiej", "Jana Brzechwy", "Juliana Tuwima",
        "Mikołaja Kopernika", "Królowej Jadwigi", "Bohaterów Westerplatte", "Ignacego Łukasiewicza",
        "Armii Krajowej", "Szarych Szeregów", "Tadeusza Zawadzkiego „Zośki”", "Hetmana Stanisława Żółkiewskiego",
        "Władysława Broniewskiego", "Kazimierza Wielkiego", "Jana Długosza", "Ewy Szelburg-Zarembiny",
        "Marii Montessori", "Krzysztofa Kamila Baczyńskiego", "Stanisława Moniuszki", "Józefa Czechowicza",
        "Unii Europejskiej", "Obrońców Lublina", "Bronisława Malinowskiego", "Powstańców Warszawy",
        "Witolda Pileckiego", "Wisławy Szymborskiej"
    };

    private static final String[] FEMALE_FIRST = {
        "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta",
        "Magdalena", "Joanna", "Aleksandra", "Monika", "Beata", "Dorota", "Jolanta", "Iwona", "Justyna", "Renata",
        "Marta", "Grażyna", "Urszula", "Teresa", "Halina", "Sylwia", "Agata", "Edyta", "Bożena", "Izabela", "Karolina",
        "Paulina", "Natalia", "Emilia", "Danuta", "Wioletta", "Lucyna"
    };

    private static final String[] MALE_FIRST = {
        "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Grzegorz", "Józef",
        "Marek", "Łukasz", "Adam", "Zbigniew", "Jerzy", "Tadeusz", "Mariusz", "Dariusz", "Rafał", "Mirosław",
        "Wojciech", "Jacek", "Robert", "Sławomir", "Artur", "Kamil", "Sebastian", "Waldemar", "Ryszard", "Stanisław"
    };

    /** Surnames as {male form, female form}. */
    private static final String[][] SURNAMES = {
        {"Nowak", "Nowak"}, {"Kowalczyk", "Kowalczyk"}, {"Wójcik", "Wójcik"}, {"Kowalski", "Kowalska"},
        {"Mazur", "Mazur"}, {"Krawczyk", "Krawczyk"}, {"Zając", "Zając"}, {"Król", "Król"},
        {"Wieczorek", "Wieczorek"}, {"Szewczyk", "Szewczyk"}, {"Mazurek", "Mazurek"}, {"Pietras", "Pietras"},
        {"Kołodziej", "Kołodziej"}, {"Wójtowicz", "Wójtowicz"}, {"Stępień", "Stępień"}, {"Jabłoński", "Jabłońska"},
        {"Sadowski", "Sadowska"}, {"Kaczmarek", "Kaczmarek"}, {"Lewandowski", "Lewandowska"},
        {"Zieliński", "Zielińska"}, {"Wiśniewski", "Wiśniewska"}, {"Kamiński", "Kamińska"}, {"Dudek", "Dudek"},
        {"Pawlak", "Pawlak"}, {"Michalski", "Michalska"}, {"Sikora", "Sikora"}, {"Baran", "Baran"},
        {"Rutkowski", "Rutkowska"}, {"Michalak", "Michalak"}, {"Pawłowski", "Pawłowska"}, {"Grabowski", "Grabowska"},
        {"Wróbel", "Wróbel"}, {"Adamczyk", "Adamczyk"}, {"Dudziak", "Dudziak"}, {"Kwiatkowski", "Kwiatkowska"},
        {"Bednarczyk", "Bednarczyk"}, {"Zawadzki", "Zawadzka"}, {"Sowa", "Sowa"}, {"Malinowski", "Malinowska"},
        {"Czarnecki", "Czarnecka"}, {"Borowski", "Borowska"}, {"Jaworski", "Jaworska"}, {"Bielecki", "Bielecka"},
        {"Ostrowski", "Ostrowska"}, {"Ciechański", "Ciechańska"}, {"Furmanek", "Furmanek"}, {"Kusiak", "Kusiak"},
        {"Łukasik", "Łukasik"}, {"Pyć", "Pyć"}, {"Tokarski", "Tokarska"}, {"Gajewski", "Gajewska"},
        {"Skiba", "Skiba"}, {"Dziuba", "Dziuba"}, {"Poleszak", "Poleszak"}, {"Wrona", "Wrona"}
    };

    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
        "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV",
        "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX"};

    // ------------------------------------------------------------------ model

    /** One generated unit; {@code slug} names its mailbox and website. */
    public record Unit(int rspo, UnitType type, String name, String shortName, String slug, boolean publicUnit,
            String runningBody, Unit parent, String regon, String nip, String street, String buildingNo,
            String postalCode, BigDecimal latitude, BigDecimal longitude, String phone, String epuap,
            Person director, String founded, String started) {

        public String email() {
            return slug + "@edu." + DOMAIN;
        }

        public String website() {
            return "https://" + (parent != null ? parent.slug : slug) + "." + DOMAIN;
        }
    }

    public record Person(String firstName, String lastName, boolean female) {
        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** One line of the staff file; {@code rspo} is null for employees of the department. */
    public record StaffMember(Integer rspo, Person person, String position, String email, String phone) {
    }

    private final Random random = new Random(SEED);
    private final Set<Integer> usedRspo = new HashSet<>();
    private final Set<String> usedRegon = new HashSet<>();
    private final Set<String> usedNip = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();

    private DemoDataGenerator() {
    }

    /** The generated data: units (parents before their children) and staff. */
    public record DemoData(List<Unit> units, List<StaffMember> staff) {

        public String rspoJson() {
            return DemoDataGenerator.rspoJson(units);
        }

        public String staffCsv() {
            return DemoDataGenerator.staffCsv(staff);
        }
    }

    public static DemoData generate() {
        DemoDataGenerator generator = new DemoDataGenerator();
        generator.generateUnits();
        generator.generateStaff();
        return new DemoData(List.copyOf(generator.units), List.copyOf(generator.staff));
    }

    public static void main(String[] args) throws IOException {
        Path dir;
        if (args.length > 0) {
            dir = Path.of(args[0]);
        } else if (Files.isDirectory(Path.of("ejb", "src", "main"))) {
            dir = Path.of("ejb", "src", "main", "resources", "demo");
        } else {
            dir = Path.of("src", "main", "resources", "demo");
        }
        Files.createDirectories(dir);
        DemoData data = generate();
        Files.writeString(dir.resolve(RSPO_FILE), data.rspoJson(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(STAFF_FILE), data.staffCsv(), StandardCharsets.UTF_8);
        System.out.printf("Wrote %d units and %d staff members to %s%n",
                data.units().size(), data.staff().size(), dir.toAbsolutePath());
    }

    // ------------------------------------------------------------------ units

    private void generateUnits() {
        for (int number : pickNumbers(72, 55, 12)) {
            String name = "Przedszkole nr " + number + (number % 9 == 0 ? " z Oddziałami Integracyjnymi" : "")
                    + " w Lublinie";
            addPublic(UnitType.PRZEDSZKOLE, name, "P " + number, "p" + number, 1950, 2015);
        }
        addNonPublic(UnitType.PRZEDSZKOLE, "Niepubliczne Przedszkole „Słoneczna Kraina” w Lublinie",
                "NP Słoneczna Kraina", "slonecznakraina", "Fundacja „Słoneczna Kraina”");
        addNonPublic(UnitType.PRZEDSZKOLE, "Przedszkole Niepubliczne „Bajkowy Domek” w Lublinie",
                "NP Bajkowy Domek", "bajkowydomek", "Stowarzyszenie Rodziców „Bajkowy Domek”");
        addNonPublic(UnitType.PRZEDSZKOLE, "Niepubliczne Przedszkole Językowe „Little Stars” w Lublinie",
                "NP Little Stars", "littlestars", "Fundacja Edukacji Językowej „Lingua”");
        addNonPublic(UnitType.PRZEDSZKOLE, "Katolickie Przedszkole im. Świętej Rodziny w Lublinie",
                "KP Świętej Rodziny", "kpswietejrodziny", "Stowarzyszenie Przyjaciół Szkół Katolickich");
        addNonPublic(UnitType.PRZEDSZKOLE, "Przedszkole Montessori „Mały Odkrywca” w Lublinie",
                "NP Mały Odkrywca", "malyodkrywca", "Fundacja Montessori Lublin");

        List<String> patrons = shuffled(PATRONS);
        int patronIndex = 0;
        for (int number : pickNumbers(58, 47, 23)) {
            String patron = number == 23 ? "Marii Konopnickiej" : patrons.get(patronIndex++ % patrons.size());
            String name = "Szkoła Podstawowa nr " + number
                    + (number % 7 == 3 ? "" : " im. " + patron) + " w Lublinie";
            addPublic(UnitType.SZKOLA_PODSTAWOWA, name, "SP " + number, "sp" + number, 1945, 2017);
        }
        addNonPublic(UnitType.SZKOLA_PODSTAWOWA, "Społeczna Szkoła Podstawowa nr 1 im. Polskich Noblistów w Lublinie",
                "SSP 1", "ssp1", "Stowarzyszenie „Społeczne Towarzystwo Oświatowe – Koło Lublin”");
        addNonPublic(UnitType.SZKOLA_PODSTAWOWA, "Katolicka Szkoła Podstawowa im. św. Jana Pawła II w Lublinie",
                "KSP", "ksp", "Stowarzyszenie Przyjaciół Szkół Katolickich");
        addNonPublic(UnitType.SZKOLA_PODSTAWOWA, "Niepubliczna Szkoła Podstawowa „Akademia Odkrywców” w Lublinie",
                "NSP Akademia Odkrywców", "akademiaodkrywcow", "Fundacja „Akademia Odkrywców”");

        Unit zs1 = addPublic(UnitType.ZESPOL, "Zespół Szkół nr 1 im. Jana Kochanowskiego w Lublinie", "ZS nr 1", "zs1", 1965, 2002);
        Unit zs2 = addPublic(UnitType.ZESPOL, "Zespół Szkół nr 2 – Szkoły Elektroniczne w Lublinie", "ZS nr 2", "zs2", 1960, 2002);
        Unit zs3 = addPublic(UnitType.ZESPOL, "Zespół Szkół nr 3 – Szkoły Budowlane w Lublinie", "ZS nr 3", "zs3", 1955, 2002);
        Unit zs4 = addPublic(UnitType.ZESPOL, "Zespół Szkół nr 4 – Szkoły Samochodowe w Lublinie", "ZS nr 4", "zs4", 1958, 2002);
        Unit zs5 = addPublic(UnitType.ZESPOL, "Zespół Szkół nr 5 – Szkoły Ekonomiczne w Lublinie", "ZS nr 5", "zs5", 1950, 2002);
        Unit zs6 = addPublic(UnitType.ZESPOL, "Zespół Szkół nr 6 – Szkoły Gastronomiczne w Lublinie", "ZS nr 6", "zs6", 1970, 2002);

        String[][] licea = {
            {"1", "Stanisława Staszica"}, {"2", "Hetmana Jana Zamoyskiego"}, {"3", "Unii Lubelskiej"},
            {"4", "Stefana Czarnieckiego"}, {"5", "Marii Skłodowskiej-Curie"}, {"6", "Ignacego Jana Paderewskiego"},
            {"8", "Zofii Nałkowskiej"}, {"9", "Mikołaja Kopernika"}};
        for (String[] lo : licea) {
            int n = Integer.parseInt(lo[0]);
            addPublic(UnitType.LICEUM, ROMAN[n] + " Liceum Ogólnokształcące im. " + lo[1] + " w Lublinie",
                    ROMAN[n] + " LO", "lo" + n, 1900, 1990);
        }
        addChild(zs1, UnitType.LICEUM, "XXIV Liceum Ogólnokształcące w Zespole Szkół nr 1 w Lublinie", "XXIV LO", "lo24");
        addChild(zs5, UnitType.LICEUM, "XXIX Liceum Ogólnokształcące w Zespole Szkół nr 5 w Lublinie", "XXIX LO", "lo29");
        addNonPublic(UnitType.LICEUM, "Prywatne Liceum Ogólnokształcące „Kreatywni” w Lublinie", "PLO Kreatywni",
                "kreatywni", "Fundacja Kreatywnej Edukacji");
        addNonPublic(UnitType.LICEUM, "Katolickie Liceum Ogólnokształcące im. św. Jana Pawła II w Lublinie", "KLO",
                "klo", "Stowarzyszenie Przyjaciół Szkół Katolickich");

        addChild(zs1, UnitType.TECHNIKUM, "Technikum nr 1 w Zespole Szkół nr 1 w Lublinie", "T 1", "t1");
        addChild(zs2, UnitType.TECHNIKUM, "Technikum Elektroniczne nr 2 w Lublinie", "T 2", "t2");
        addChild(zs3, UnitType.TECHNIKUM, "Technikum Budowlane nr 3 w Lublinie", "T 3", "t3");
        addChild(zs4, UnitType.TECHNIKUM, "Technikum Samochodowe nr 4 w Lublinie", "T 4", "t4");
        addChild(zs5, UnitType.TECHNIKUM, "Technikum Ekonomiczne nr 5 w Lublinie", "T 5", "t5");
        addChild(zs6, UnitType.TECHNIKUM, "Technikum Gastronomiczno-Hotelarskie nr 6 w Lublinie", "T 6", "t6");
        addPublic(UnitType.TECHNIKUM, "Technikum Informatyczne nr 7 im. Ignacego Łukasiewicza w Lublinie", "T 7", "t7", 1975, 2005);
        addPublic(UnitType.TECHNIKUM, "Technikum Mechaniczne nr 8 w Lublinie", "T 8", "t8", 1950, 1980);

        addChild(zs1, UnitType.BRANZOWA_I, "Branżowa Szkoła I stopnia nr 1 w Lublinie", "BS I nr 1", "bs1");
        addChild(zs2, UnitType.BRANZOWA_I, "Branżowa Szkoła I stopnia nr 2 w Lublinie", "BS I nr 2", "bs2");
        addChild(zs3, UnitType.BRANZOWA_I, "Branżowa Szkoła I stopnia nr 3 w Lublinie", "BS I nr 3", "bs3");
        addChild(zs4, UnitType.BRANZOWA_I, "Branżowa Szkoła I stopnia nr 4 w Lublinie", "BS I nr 4", "bs4");
        addChild(zs6, UnitType.BRANZOWA_I, "Branżowa Szkoła I stopnia nr 5 w Lublinie", "BS I nr 5", "bs5");
        addChild(zs3, UnitType.BRANZOWA_II, "Branżowa Szkoła II stopnia nr 1 w Lublinie", "BS II nr 1", "bsii1");
        addChild(zs4, UnitType.BRANZOWA_II, "Branżowa Szkoła II stopnia nr 2 w Lublinie", "BS II nr 2", "bsii2");
        addChild(zs5, UnitType.POLICEALNA, "Szkoła Policealna nr 1 w Lublinie", "SPol nr 1", "spol1");
        addChild(zs6, UnitType.POLICEALNA, "Szkoła Policealna nr 2 w Lublinie", "SPol nr 2", "spol2");

        for (int n = 1; n <= 3; n++) {
            addPublic(UnitType.BURSA, "Bursa Szkolna nr " + n + " w Lublinie", "Bursa nr " + n, "bursa" + n, 1955, 1985);
        }
        for (int n = 1; n <= 3; n++) {
            addPublic(UnitType.PORADNIA, "Poradnia Psychologiczno-Pedagogiczna nr " + n + " w Lublinie", "PPP nr " + n,
                    "ppp" + n, 1970, 1995);
        }
        addPublic(UnitType.MDK, "Młodzieżowy Dom Kultury nr 1 „Pod Akacją” w Lublinie", "MDK nr 1", "mdk1", 1960, 1980);
        addPublic(UnitType.MDK, "Młodzieżowy Dom Kultury nr 2 „Bronowice” w Lublinie", "MDK nr 2", "mdk2", 1975, 1990);
        addPublic(UnitType.SPECJALNA_PRZYSPOSABIAJACA, "Szkoła Specjalna Przysposabiająca do Pracy nr 1 w Lublinie",
                "SSPdP nr 1", "sspdp1", 1995, 2010);
    }

    /** {@code count} distinct numbers from 1..max, ascending, always including {@code mustHave}. */
    private List<Integer> pickNumbers(int max, int count, int mustHave) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= max; i++) {
            if (i != mustHave) {
                all.add(i);
            }
        }
        shuffle(all);
        List<Integer> picked = new ArrayList<>(all.subList(0, count - 1));
        picked.add(mustHave);
        picked.sort(null);
        return picked;
    }

    private Unit addPublic(UnitType type, String name, String shortName, String slug, int fromYear, int toYear) {
        return add(type, name, shortName, slug, true, RUNNING_BODY, null, fromYear, toYear);
    }

    private Unit addNonPublic(UnitType type, String name, String shortName, String slug, String runningBody) {
        return add(type, name, shortName, slug, false, runningBody, null, 1992, 2020);
    }

    private Unit addChild(Unit parent, UnitType type, String name, String shortName, String slug) {
        return add(type, name, shortName, slug, true, RUNNING_BODY, parent, 1950, 2000);
    }

    private Unit add(UnitType type, String name, String shortName, String slug, boolean publicUnit,
            String runningBody, Unit parent, int fromYear, int toYear) {
        int rspo = uniqueRspo();
        String regon;
        String nip;
        String street;
        String buildingNo;
        String postalCode;
        BigDecimal lat;
        BigDecimal lon;
        Person director;
        if (parent == null) {
            regon = unique(usedRegon, this::regon9);
            nip = unique(usedNip, this::nip);
            street = STREETS[random.nextInt(STREETS.length)];
            buildingNo = buildingNumber();
            postalCode = String.format("20-%03d", 1 + random.nextInt(870));
            lat = coordinate(51.200, 51.270);
            lon = coordinate(22.480, 22.630);
            director = person(random.nextInt(10) < 7);
        } else {
            // a school inside a "zespół" is a local unit of it: shares its address, NIP and director
            regon = unique(usedRegon, () -> regon14(parent.regon()));
            nip = null;
            street = parent.street();
            buildingNo = parent.buildingNo();
            postalCode = parent.postalCode();
            lat = parent.latitude();
            lon = parent.longitude();
            director = parent.director();
        }
        String phone = unique(usedPhones, () -> String.format("81 %03d %02d %02d",
                400 + random.nextInt(400), random.nextInt(100), random.nextInt(100)));
        String epuap = random.nextBoolean() ? "/" + epuapName(shortName, slug) + "Lublin/SkrytkaESP" : null;
        int year = fromYear + random.nextInt(toYear - fromYear + 1);
        String founded = year + "-09-01";
        String started = founded;
        if (type == UnitType.SZKOLA_PODSTAWOWA && publicUnit && random.nextInt(5) == 0) {
            started = "2017-09-01"; // re-formed in the 2017 school reform
        }
        Unit unit = new Unit(rspo, type, name, shortName, slug, publicUnit, runningBody, parent, regon, nip,
                street, buildingNo, postalCode, lat, lon, phone, epuap, director, founded, started);
        units.add(unit);
        return unit;
    }

    private static String epuapName(String shortName, String slug) {
        String compact = shortName.replaceAll("[^A-Za-z0-9]", "");
        return compact.isEmpty() || !compact.equals(ascii(compact)) ? ascii(slug) : compact;
    }

    private int uniqueRspo() {
        while (true) {
            int candidate = 10_000 + random.nextInt(290_000);
            if (usedRspo.add(candidate)) {
                return candidate;
            }
        }
    }

    private static String unique(Set<String> used, Supplier<String> supplier) {
        while (true) {
            String candidate = supplier.get();
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }

    /** 9-digit REGON of an entity registered in Lublin (prefix 43). */
    private String regon9() {
        String leading = "43" + String.format("%06d", random.nextInt(1_000_000));
        return leading + Regon.checkDigit(leading);
    }

    private String regon14(String parentRegon) {
        String leading = parentRegon + String.format("%04d", 1 + random.nextInt(9999));
        return leading + Regon.checkDigit(leading);
    }

    /** NIP with a prefix of one of the Lublin tax offices. */
    private String nip() {
        String[] prefixes = {"712", "713", "946"};
        while (true) {
            String leading = prefixes[random.nextInt(prefixes.length)] + String.format("%06d", random.nextInt(1_000_000));
            int check = Nip.checkDigit(leading);
            if (check >= 0) {
                return leading + check;
            }
        }
    }

    private String buildingNumber() {
        int n = 1 + random.nextInt(120);
        return random.nextInt(8) == 0 ? n + String.valueOf((char) ('a' + random.nextInt(3))) : String.valueOf(n);
    }

    private BigDecimal coordinate(double from, double to) {
        return BigDecimal.valueOf(from + random.nextDouble() * (to - from)).setScale(6, RoundingMode.HALF_UP);
    }

    private Person person(boolean female) {
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        return female
                ? new Person(FEMALE_FIRST[random.nextInt(FEMALE_FIRST.length)], surname[1], true)
                : new Person(MALE_FIRST[random.nextInt(MALE_FIRST.length)], surname[0], false);
    }

    // ------------------------------------------------------------------ staff

    private void generateStaff() {
        for (Unit unit : units) {
            String domain = unit.slug() + "." + DOMAIN;
            if (unit.parent() != null) {
                addStaff(unit.rspo(), person(random.nextInt(4) > 0), "Nauczyciel", domain);
                addStaff(unit.rspo(), person(random.nextInt(4) > 0), "Nauczyciel", domain);
                addStaff(unit.rspo(), person(random.nextInt(4) > 0), "Pedagog", domain);
                continue;
            }
            addStaff(unit.rspo(), unit.director(), "Dyrektor", domain);
            addStaff(unit.rspo(), person(random.nextInt(4) > 0), "Wicedyrektor", domain);
            addStaff(unit.rspo(), person(random.nextInt(10) > 0), "Sekretarz", domain);
            addStaff(unit.rspo(), person(true), "Główna księgowa", domain);
            String last = switch (unit.type()) {
                case PORADNIA, BURSA -> "Pedagog";
                case PRZEDSZKOLE, MDK -> "Nauczyciel";
                default -> random.nextBoolean() ? "Nauczyciel" : "Pedagog";
            };
            addStaff(unit.rspo(), person(random.nextInt(4) > 0), last, domain);
        }

        String[] sections = {
            "Referat Kadr i Organizacji", "Referat Finansowo-Budżetowy", "Referat Nadzoru nad Placówkami",
            "Referat Rekrutacji i Statystyki", "Referat Dotacji", "Referat Inwestycji Oświatowych"
        };
        addStaff(null, person(true), "Dyrektor Wydziału Oświaty", DEPARTMENT_DOMAIN);
        addStaff(null, person(false), "Zastępca Dyrektora Wydziału Oświaty", DEPARTMENT_DOMAIN);
        addStaff(null, person(true), "Zastępca Dyrektora Wydziału Oświaty", DEPARTMENT_DOMAIN);
        addStaff(null, person(true), "Sekretarka – Sekretariat Wydziału", DEPARTMENT_DOMAIN);
        String[] roles = {"Inspektor", "Referent", "Główny specjalista"};
        for (int i = 0; i < sections.length; i++) {
            addStaff(null, person(random.nextInt(3) > 0), "Kierownik – " + sections[i], DEPARTMENT_DOMAIN);
            int members = i < 3 ? 3 : 2;
            for (int j = 0; j < members; j++) {
                addStaff(null, person(random.nextInt(4) > 0), roles[(i + j) % roles.length] + " – " + sections[i],
                        DEPARTMENT_DOMAIN);
            }
        }
    }

    private void addStaff(Integer rspo, Person person, String position, String domain) {
        String base = ascii(person.firstName() + "." + person.lastName()).toLowerCase(Locale.ROOT);
        String email = base + "@" + domain;
        for (int n = 2; !usedEmails.add(email); n++) {
            email = base + n + "@" + domain;
        }
        String phone = random.nextInt(10) < 7
                ? String.format("81 %03d %02d %02d", 400 + random.nextInt(400), random.nextInt(100), random.nextInt(100))
                : String.format("%d%02d %03d %03d", 5 + random.nextInt(3), random.nextInt(100), random.nextInt(1000),
                        random.nextInt(1000));
        staff.add(new StaffMember(rspo, person, position, email, phone));
    }

    /** Removes Polish diacritics (ł included) and anything that is not a letter, digit or dot. */
    static String ascii(String s) {
        String decomposed = Normalizer.normalize(s.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9.]", "");
    }

    private void shuffle(List<?> list) {
        Collections.shuffle(list, random);
    }

    private List<String> shuffled(String[] values) {
        List<String> list = new ArrayList<>(List.of(values));
        shuffle(list);
        return list;
    }

    // ------------------------------------------------------------------ output

    static String rspoJson(List<Unit> units) {
        List<Object> members = new ArrayList<>();
        for (Unit u : units) {
            members.add(record(u));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "/api/contexts/Placowka");
        page.put("@id", "/api/placowki");
        page.put("@type", "hydra:Collection");
        page.put("hydra:member", members);
        page.put("hydra:totalItems", units.size());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("@id", "/api/placowki?gminaKodTERYT=0663011&page=1");
        view.put("@type", "hydra:PartialCollectionView");
        view.put("hydra:first", "/api/placowki?gminaKodTERYT=0663011&page=1");
        view.put("hydra:last", "/api/placowki?gminaKodTERYT=0663011&page=1");
        page.put("hydra:view", view);
        StringBuilder sb = new StringBuilder();
        JsonText.write(sb, page, 0);
        return sb.append('\n').toString();
    }

    private static Map<String, Object> record(Unit u) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@id", "/api/placowki/" + u.rspo());
        r.put("@type", "Placowka");
        r.put("numerRspo", u.rspo());
        Map<String, Object> type = new LinkedHashMap<>();
        type.put("@id", "/api/typ/" + u.type().id);
        type.put("id", u.type().id);
        type.put("nazwa", u.type().rspoName);
        r.put("typ", type);
        r.put("nazwa", u.name());
        r.put("nazwaSkrocona", u.shortName());
        r.put("dataZalozenia", u.founded());
        r.put("dataRozpoczeciaDzialalnosci", u.started());
        r.put("dataLikwidacji", null);
        r.put("regon", u.regon());
        r.put("nip", u.nip());
        r.put("wojewodztwo", "LUBELSKIE");
        r.put("wojewodztwoKodTERYT", "06");
        r.put("powiat", CITY);
        r.put("powiatKodTERYT", "0663");
        r.put("gmina", CITY);
        r.put("gminaKodTERYT", "0663011");
        r.put("gminaRodzaj", "gmina miejska");
        r.put("miejscowosc", CITY);
        r.put("miejscowoscKodTERYT", "0950463");
        r.put("ulica", u.street());
        r.put("numerBudynku", u.buildingNo());
        r.put("numerLokalu", null);
        r.put("kodPocztowy", u.postalCode());
        r.put("adresDoKorespondecjiUlica", u.street());
        r.put("adresDoKorespondecjiNumerBudynku", u.buildingNo());
        r.put("adresDoKorespondecjiNumerLokalu", null);
        r.put("adresDoKorespondecjiKodPocztowy", u.postalCode());
        r.put("adresDoKorespondecjiMiejscowosc", CITY);
        r.put("telefon", u.phone());
        r.put("email", u.email());
        r.put("stronaInternetowa", u.website());
        if (u.epuap() != null) {
            r.put("adresSkrytkiEpuap", u.epuap());
        }
        r.put("dyrektorImie", u.director().firstName());
        r.put("dyrektorNazwisko", u.director().lastName());
        Map<String, Object> geo = new LinkedHashMap<>();
        geo.put("latitude", u.latitude());
        geo.put("longitude", u.longitude());
        r.put("geolokalizacja", geo);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", u.publicUnit() ? 1 : 2);
        status.put("nazwa", u.publicUnit() ? "publiczna" : "niepubliczna");
        r.put("statusPublicznoPrawny", status);
        r.put("organProwadzacyNazwa", u.runningBody());
        r.put("podmiotNadrzedny", u.parent() == null ? null : "/api/placowki/" + u.parent().rspo());
        return r;
    }

    static String staffCsv(List<StaffMember> staff) {
        StringBuilder sb = new StringBuilder("rspo;imie;nazwisko;stanowisko;email;telefon\n");
        for (StaffMember s : staff) {
            sb.append(s.rspo() == null ? "" : s.rspo()).append(';')
                    .append(csv(s.person().firstName())).append(';')
                    .append(csv(s.person().lastName())).append(';')
                    .append(csv(s.position())).append(';')
                    .append(csv(s.email())).append(';')
                    .append(csv(s.phone())).append('\n');
        }
        return sb.toString();
    }

    private static String csv(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Minimal pretty-printing JSON writer, so the output does not depend on a JSON-P implementation. */
    private static final class JsonText {

        static void write(StringBuilder sb, Object value, int indent) {
            if (value == null) {
                sb.append("null");
            } else if (value instanceof String s) {
                string(sb, s);
            } else if (value instanceof Integer || value instanceof Boolean) {
                sb.append(value);
            } else if (value instanceof BigDecimal d) {
                sb.append(d.toPlainString());
            } else if (value instanceof Map<?, ?> map) {
                sb.append('{');
                String separator = "\n";
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    sb.append(separator).append("  ".repeat(indent + 1));
                    string(sb, (String) e.getKey());
                    sb.append(": ");
                    write(sb, e.getValue(), indent + 1);
                    separator = ",\n";
                }
                sb.append('\n').append("  ".repeat(indent)).append('}');
            } else if (value instanceof List<?> list) {
                sb.append('[');
                String separator = "\n";
                for (Object item : list) {
                    sb.append(separator).append("  ".repeat(indent + 1));
                    write(sb, item, indent + 1);
                    separator = ",\n";
                }
                sb.append('\n').append("  ".repeat(indent)).append(']');
            } else {
                throw new IllegalArgumentException("Unsupported value " + value.getClass());
            }
        }

        private static void string(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }
}
