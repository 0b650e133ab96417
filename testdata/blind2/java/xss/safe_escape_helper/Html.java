import org.springframework.web.util.HtmlUtils;

final class Html {
    private Html() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(value);
    }
}
