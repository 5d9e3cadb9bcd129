package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void theDeclaredCharsetIsUsedWhenTheBytesAreNotUtf8() {
        byte[] page = "<html><head><meta charset=\"windows-1251\"></head><body>Новости</body></html>".getBytes(Charset.forName("windows-1251"));
        assertEquals("windows-1251", decoder.decode(page, null).charset().name());
        assertEquals(true, decoder.decode(page, null).text().contains("Новости"));
    }

    @Test
    void validUtf8WinsOverAWrongLatin1Label() {
        byte[] page = "<meta charset=\"iso-8859-1\"><p>Maarat al-Nu‘man</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, decoder.decode(page, "text/html; charset=ISO-8859-1").charset());
    }

    @Test
    void undeclaredLegacyTextIsWindows1252OrArabicWindows1256() {
        assertEquals("windows-1252", decoder.decode("Notícias de São Paulo".getBytes(Charset.forName("windows-1252")), null).charset().name());
        assertEquals("windows-1256", decoder.decode("قصف على حلب".getBytes(Charset.forName("windows-1256")), null).charset().name());
    }
}
