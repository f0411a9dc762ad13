package dev.storium.config;

import java.util.regex.Pattern;

/** Masks passwords in URLs before they reach a message or a log. */
public final class Redaction {
    private static final Pattern USERINFO = Pattern.compile("(://[^/:@?#]*:)[^@/?#]*@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)((?:^|[?&;])password=)[^&;]*");

    private Redaction() {}

    /** The URL with the password of {@code user:password@} and of a {@code password=} parameter replaced by {@code ****}. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = USERINFO.matcher(url).replaceAll("$1****@");
        return PASSWORD_PARAM.matcher(masked).replaceAll("$1****");
    }
}
