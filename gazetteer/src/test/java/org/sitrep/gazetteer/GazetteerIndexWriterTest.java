package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The compiled index keeps every field of the TSV and the provenance of its header; GazetteerTest runs the real one. */
class GazetteerIndexWriterTest {

    private static final String TSV = String.join("\n",
            "# format: sitrep-gazetteer/1",
            "# columns: id name latitude longitude feature_class feature_code country_code admin1_code admin2_name"
                    + " population source alternate_names('|'-separated); tab-separated, UTF-8",
            "# source: test rows",
            "# licence: CC BY 4.0",
            "163843\tSyria\t35\t38\tA\tPCLI\tSY\t00\t\t22933531\tgeonames\tSyrian Arab Republic|سوريا",
            "169388\tIdlib\t35.83333\t36.58333\tA\tADM1\tSY\t12\t\t1464000\tgeonames\tEdlib",
            "169389\tIdlib\t35.93079\t36.63393\tP\tPPLA\tSY\t12\tIdlib District\t128840\tgeonames\tEdlib|إدلب",
            "-1234\tMaʿarrat an Nuʿmān\t35.64773\t36.67165\tP\tPPL\tSY\t12\tMaarat al-Numan\t58008\twof\tMaarat al-Numan",
            "");

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] index(String tsv) throws IOException {
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        GazetteerIndexWriter.write(gzip(tsv), "test.tsv.gz", index);
        return index.toByteArray();
    }

    @Test
    void placesAndNamesSurviveTheIndex() throws IOException {
        Gazetteer gazetteer = Gazetteer.load(new ByteArrayInputStream(index(TSV)));
        assertEquals(4, gazetteer.size());
        Place syria = gazetteer.country("SY").orElseThrow();
        assertEquals(new Place(163843, "Syria", 35, 38, "A", "PCLI", "SY", "Syria", "00", "", "", 22933531, "geonames"),
                syria);
        Place province = gazetteer.admin1("SY", "12").orElseThrow();
        assertEquals(169388, province.id());
        assertEquals(List.of(169389L, 169388L), gazetteer.candidates("Edlib").stream().map(Place::id).toList(),
                "the seat city before its province");
        Place town = gazetteer.candidates("Ma'arrat al-Nu'man").getFirst();
        assertEquals(new Place(-1234, "Maʿarrat an Nuʿmān", 35.64773, 36.67165, "P", "PPL", "SY", "Syria", "12", "Idlib",
                "Maarat al-Numan", 58008, "wof"), town);
        assertEquals(syria, gazetteer.candidates("سوريا").getFirst());
        assertEquals(3, gazetteer.maxNameTokens(), "Syrian Arab Republic");
    }

    @Test
    void theHeaderNamesItsFormatAndTheSourcesOfTheTsv() throws IOException {
        byte[] index = index(TSV);
        String header = new String(index, 0, Math.min(index.length, 1000), StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("# format: " + Gazetteer.INDEX_FORMAT + "\n# compiled from: test.tsv.gz ("), header);
        assertTrue(header.contains("\n# source: test rows\n# licence: CC BY 4.0\n" + IndexIO.END_OF_HEADER + "\n"), header);
    }

    @Test
    void refusesWhatIsNoIndex() throws IOException {
        assertThrows(IOException.class, () -> Gazetteer.load(new ByteArrayInputStream(gzip(TSV))));
        assertThrows(IOException.class, () -> GazetteerIndexWriter.write(gzip("id\tname\n"), "bad.tsv.gz",
                new ByteArrayOutputStream()));
    }
}
