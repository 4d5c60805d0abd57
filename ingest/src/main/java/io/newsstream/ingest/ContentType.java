package io.newsstream.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * A parsed {@code Content-Type} header.
 *
 * @param mediaType lower case, without parameters, e.g. {@code text/plain}
 * @param charset the {@code charset} parameter, UTF-8 when absent
 * @param charsetDeclared whether the header named a charset
 */
record ContentType(String mediaType, Charset charset, boolean charsetDeclared) {

    /** @throws RequestRefusedException 415 when the header names a charset this JVM cannot decode */
    static ContentType parse(String header) throws RequestRefusedException {
        // The limit -1 keeps empty parts, so a header of only ";" still has a (blank) media type to refuse.
        String[] parts = header.split(";", -1);
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        Charset charset = StandardCharsets.UTF_8;
        boolean declared = false;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                charset = charset(unquote(parameter.substring(equals + 1).trim()));
                declared = true;
            }
        }
        return new ContentType(mediaType, charset, declared);
    }

    private static Charset charset(String name) throws RequestRefusedException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
            throw new RequestRefusedException(415, RejectionReason.UNSUPPORTED, "charset '" + shown + "' is not supported");
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
