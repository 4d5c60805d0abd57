package io.newsstream.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private static final String PAGE = "<html><head>%s</head><body><p>Zürich café</p></body></html>";

    @Test
    void metaCharsetDecidesWhenTheHeaderIsSilent() {
        byte[] page = PAGE.formatted("<meta charset=\"iso-8859-2\">").getBytes(Charset.forName("iso-8859-2"));
        assertThat(HtmlDecoder.decode(page, null)).contains("Zürich café");
    }

    @Test
    void validUtf8WinsOverAStaleMetaTag() {
        byte[] resaved = PAGE.formatted("<meta charset=\"gb2312\">").getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(resaved, null)).contains("Zürich café");
    }

    @Test
    void httpEquivContentTypeIsReadToo() {
        byte[] page = PAGE.formatted("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
                .getBytes(Charset.forName("windows-1252"));
        assertThat(HtmlDecoder.decode(page, null)).contains("Zürich café");
    }

    @Test
    void theHeaderWinsOverTheMetaTagAndTheBomOverBoth() {
        byte[] latin = PAGE.formatted("<meta charset=\"utf-8\">").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(HtmlDecoder.decode(latin, "ISO-8859-1")).contains("Zürich café");

        byte[] utf8 = PAGE.formatted("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(HtmlDecoder.decode(withBom, "iso-8859-1")).startsWith("<html>").contains("Zürich café");
    }

    @Test
    void undeclaredPagesAreUtf8WhenValidElseWindows1252() {
        assertThat(HtmlDecoder.decode(PAGE.formatted("").getBytes(StandardCharsets.UTF_8), null)).contains("Zürich café");
        assertThat(HtmlDecoder.decode(PAGE.formatted("").getBytes(Charset.forName("windows-1252")), null))
                .contains("Zürich café");
    }

    @Test
    void aPageStoredAsUtf8WithItsOldMetaTagIsReadAsUtf8() {
        byte[] reencoded = PAGE.formatted("<meta http-equiv=\"content-type\" content=\"text/html;charset=GB2312\">")
                .replace("Zürich café", "北京 天气").getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(reencoded, null)).contains("北京 天气");

        byte[] gbk = PAGE.formatted("<meta charset=\"gbk\">").replace("Zürich café", "北京 天气").getBytes(Charset.forName("GBK"));
        assertThat(HtmlDecoder.decode(gbk, null)).as("really GBK: not valid UTF-8").contains("北京 天气");
    }

    @Test
    void unknownLabelsAreIgnored() {
        byte[] page = PAGE.formatted("<meta charset=\"x-no-such-charset\">").getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(page, "bogus")).contains("Zürich café");
    }
}
