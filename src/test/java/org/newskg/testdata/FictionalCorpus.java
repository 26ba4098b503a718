package org.newskg.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Short news articles about invented people and companies, in several languages, generated from
 * templates with a fixed seed: a corpus as large as a test needs, with facts the extractor finds,
 * and nothing taken from the bundled sample articles.
 */
public final class FictionalCorpus {

    /** One generated article: its file name and its text with front matter. */
    public record Item(String fileName, String text) {
    }

    private static final String[] GIVEN = {"Mirela", "Tobias", "Ingrid", "Rafael", "Oona", "Kasper", "Lucia",
            "Anselm", "Brigitta", "Dorian", "Elena", "Fabian", "Greta", "Henrik", "Ilse", "Jonas"};
    private static final String[] FAMILY = {"Varga", "Lindqvist", "Okonkwo", "Castellano", "Haverkamp",
            "Marchetti", "Sørlie", "Duval", "Brandtner", "Quist", "Ferreira", "Vollmer", "Halloran", "Zeller"};
    private static final String[] ORG_STEM = {"Norvik", "Caldera", "Brightwater", "Tessaro", "Halvard",
            "Orrin", "Vestamo", "Kelmont", "Dunmore", "Sallow", "Ardent", "Quillon"};
    private static final String[] ORG_KIND_EN = {"Systems", "Logistics", "Foods", "Robotics", "Analytics"};
    private static final String[] ORG_KIND_DE = {"Maschinenbau", "Logistik", "Antriebstechnik", "Werke"};
    private static final String[] ORG_KIND_FR = {"Industries", "Télécom"};
    private static final String[] ORG_KIND_ES = {"Energía", "Logística", "Alimentos", "Sistemas"};
    private static final String[] CITIES = {"Harbury", "Eastmoor", "Kelderhaven", "Portwick", "Lindau"};
    private static final String[] ZH_FAMILY = {"林", "陈", "周", "吴", "郑", "孙", "马", "高"};
    private static final String[] ZH_GIVEN = {"海峰", "晓梅", "志远", "丽娟", "建国", "雪松", "文静", "国强"};
    private static final String[] ZH_ORG = {"远航", "星河", "华岳", "青川", "金桥", "云帆"};
    private static final String[] JA_FAMILY = {"高瀬", "森本", "藤井", "宮内", "杉浦", "今村"};
    private static final String[] JA_GIVEN = {"健一", "美咲", "拓也", "由香", "翔太", "直子"};
    private static final String[] JA_ORG = {"ミナト工業", "アサヒナ電機", "ヒビキ製作所", "カガミ商事"};

    private FictionalCorpus() {
    }

    /** {@code n} articles from {@code seed}; the same arguments always give the same articles. */
    public static List<Item> generate(int n, long seed) {
        Random r = new Random(seed);
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate date = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2000));
            String text = switch (i % 6) {
                case 0 -> english(r, date);
                case 1 -> german(r, date);
                case 2 -> french(r, date);
                case 3 -> spanish(r, date);
                case 4 -> chinese(r, date);
                default -> japanese(r, date);
            };
            out.add(new Item(String.format("fic_%04d.txt", i), text));
        }
        return out;
    }

    /** Writes the articles into {@code dir} and returns their paths in generation order. */
    public static List<Path> write(Path dir, List<Item> items) {
        List<Path> paths = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Item it : items) {
                Path p = dir.resolve(it.fileName());
                Files.writeString(p, it.text(), StandardCharsets.UTF_8);
                paths.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static String person(Random r) {
        return pick(r, GIVEN) + " " + pick(r, FAMILY);
    }

    private static String front(String title, LocalDate date, String lang) {
        return "---\ntitle: '" + title.replace("'", "''") + "'\ndate: " + date + "\nlang: " + lang + "\n---\n\n";
    }

    private static String english(Random r, LocalDate date) {
        String org = pick(r, ORG_STEM) + " " + pick(r, ORG_KIND_EN);
        String ceo = person(r);
        String old = person(r);
        String cfo = person(r);
        int since = 2005 + r.nextInt(12);
        return front(org + " names " + ceo + " chief executive", date, "en")
                + pick(r, CITIES).toUpperCase() + " — " + org + " on Tuesday named " + ceo
                + " as chief executive officer, effective immediately. " + ceo + " replaces " + old
                + ", who had led the company since " + since + ".\n\n"
                + "The company's chief financial officer, " + cfo + ", said the board was unanimous.\n";
    }

    private static String german(Random r, LocalDate date) {
        String org = pick(r, ORG_STEM) + " " + pick(r, ORG_KIND_DE);
        String ceo = person(r);
        String old = person(r);
        int since = 2005 + r.nextInt(12);
        return front(org + " holt " + ceo + " an die Spitze", date, "de")
                + ceo + " wird neue Vorstandschefin von " + org + ". " + old + ", der das Unternehmen seit "
                + since + " geführt hat, tritt zurück.\n\nFinanzvorstand " + person(r)
                + " bestätigte am Donnerstag die Prognose.\n";
    }

    private static String french(Random r, LocalDate date) {
        String org = pick(r, ORG_STEM) + " " + pick(r, ORG_KIND_FR);
        String ceo = person(r);
        String old = person(r);
        return front(org + " : " + ceo + " nommée directrice générale", date, "fr")
                + "Le conseil d'administration de " + org + " a nommé " + ceo
                + " directrice générale, a annoncé l'entreprise mardi. Elle succède à " + old
                + ", qui a quitté le groupe en " + (2015 + r.nextInt(6)) + ".\n";
    }

    private static String spanish(Random r, LocalDate date) {
        String org = pick(r, ORG_STEM) + " " + pick(r, ORG_KIND_ES);
        String ceo = person(r);
        String old = person(r);
        return front(org + " nombra a " + ceo + " consejera delegada", date, "es")
                + org + " ha nombrado a " + ceo + " nueva consejera delegada de la compañía. " + ceo
                + " sustituye a " + old + ", que dimitió el pasado " + (1 + r.nextInt(28)) + " de marzo.\n";
    }

    private static String chinese(Random r, LocalDate date) {
        String org = pick(r, ZH_ORG) + "科技";
        String ceo = pick(r, ZH_FAMILY) + pick(r, ZH_GIVEN);
        String old = pick(r, ZH_FAMILY) + pick(r, ZH_GIVEN);
        return front(org + "任命" + ceo + "为首席执行官", date, "zh-Hans")
                + org + "公司周二宣布，任命" + ceo + "为首席执行官，即日生效。" + ceo + "接替自" + (2010 + r.nextInt(8))
                + "年起担任该职务的" + old + "。\n";
    }

    private static String japanese(Random r, LocalDate date) {
        String org = pick(r, JA_ORG);
        String ceo = pick(r, JA_FAMILY) + pick(r, JA_GIVEN);
        String old = pick(r, JA_FAMILY) + pick(r, JA_GIVEN);
        return front(org + "、" + ceo + "氏が社長に昇格", date, "ja")
                + org + "は" + (1 + r.nextInt(28)) + "日、" + ceo + "取締役が社長に昇格する人事を発表した。" + old
                + "社長は会長に就く。\n";
    }
}
