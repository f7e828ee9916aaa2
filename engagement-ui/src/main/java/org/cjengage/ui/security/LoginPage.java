package org.cjengage.ui.security;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.cjengage.core.outputs.XhtmlRenderer;

/**
 * The sign-in page as plain HTML: no Vaadin client, no JavaScript, one small inline style sheet in the colours and
 * fonts of the application's Lumo theme. The form posts {@code username}, {@code password} and Spring Security's
 * CSRF token to the sign-in path; Spring Security's form login does the rest. After a failed sign-in
 * ({@code ?error}) one message is shown for every cause, announced as an alert and linked to both fields. Every
 * text is escaped, including the translations and the names of identity providers; the username typed is never
 * echoed back.
 *
 * @param language    the page's language, e.g. {@code en-GB}
 * @param texts       a message key and its arguments to the text in the page's language
 * @param action      where the form posts: the context path and the sign-in path, e.g. {@code /engage/login}
 * @param csrf        Spring Security's CSRF token for the form, or null when the chain has no CSRF protection
 * @param failed      whether the last sign-in failed ({@code ?error})
 * @param providers   OpenID Connect providers to offer, each a link
 * @param starting    whether the application is still starting (not yet ready for traffic): then the page says so,
 *                    with a plain link to try again, and has no form (a sign-in could not succeed yet)
 */
record LoginPage(Locale language, BiFunction<String, Object[], String> texts, String action, Csrf csrf,
                 boolean failed, List<Provider> providers, boolean starting) {

    /** The page of an application that is ready. */
    LoginPage(Locale language, BiFunction<String, Object[], String> texts, String action, Csrf csrf, boolean failed,
              List<Provider> providers) {
        this(language, texts, action, csrf, failed, providers, false);
    }

    /** A CSRF token and the name of the form field it travels in. */
    record Csrf(String parameterName, String token) {
    }

    /** An identity provider: its name as configured and the address that starts signing in with it. */
    record Provider(String name, String href) {
    }

    static final String ERROR_ID = "login-error";
    static final String STARTING_ID = "login-starting";

    /**
     * Lumo's light colours, sizes and font stack (Vaadin 25), written out so the page needs no style sheet from the
     * server. Contrast: body text 12.7:1, labels 5.3:1, error text 4.9:1 on its tint, button text 4.8:1, field borders
     * and focus outlines at least 3:1 against white.
     */
    static final String STYLE = """
            *,*::before,*::after{box-sizing:border-box}
            html{color-scheme:light;-webkit-text-size-adjust:100%}
            body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Roboto","Segoe UI",Helvetica,Arial,sans-serif,\
            "Apple Color Emoji","Segoe UI Emoji","Segoe UI Symbol";font-size:1rem;line-height:1.625;\
            color:rgba(24,39,57,.94);background:#fff}
            .bar{display:flex;align-items:center;min-height:3.5rem;padding:0 1rem;border-bottom:1px solid rgba(26,57,96,.1)}
            .app-title{font-size:1.125rem;font-weight:600;color:#192434}
            main{display:flex;flex-direction:column;align-items:center;padding:clamp(1.5rem,10vh,8rem) 1rem 3rem}
            h1{margin:0 0 .75rem;font-size:2.5rem;font-weight:600;line-height:1.25;color:#192434;text-align:center}
            .intro{margin:0 0 2.25rem;text-align:center}
            .card{width:100%;max-width:19.5rem}
            h2{margin:0 0 .75rem;font-size:1.75rem;font-weight:600;line-height:1.25;color:#192434}
            .error{margin:0 0 1rem;padding:.75rem 1rem;border-radius:.25em;background:rgba(231,29,19,.1);color:#ca150c}
            .error p{margin:0;font-size:.875rem;line-height:1.5}
            .error .error-title{font-size:1rem;font-weight:600;line-height:1.625}
            .starting{margin:0 0 1rem;padding:.75rem 1rem;border-radius:.25em;background:rgba(0,106,245,.1);\
            border-left:4px solid #006af5}
            .starting p{margin:0 0 .5rem}
            .starting .starting-title{font-weight:600}
            .starting p:last-child{margin:0}
            .field{margin:0 0 1rem}
            .field label{font-size:.875rem;font-weight:500;color:rgba(27,43,65,.69)}
            .field:focus-within label{color:#005fdb}
            .required{margin-inline-start:.25rem;color:#005fdb}
            input{display:block;width:100%;min-height:2.5rem;margin-top:.25rem;padding:.375rem .625rem;font:inherit;\
            color:inherit;background:rgba(26,57,96,.06);border:1px solid rgba(28,46,69,.6);border-radius:.25em}
            button{display:block;width:100%;min-height:2.5rem;margin-top:1.5rem;padding:.375rem 1rem;font:inherit;\
            font-weight:600;color:#fff;background:#006af5;border:0;border-radius:.25em;cursor:pointer}
            button:hover{background:#005fdb}
            a{color:#005fdb}
            input:focus,button:focus-visible,a:focus-visible{outline:2px solid #006af5;outline-offset:2px}
            .providers{margin:1.5rem 0 0;padding:0;list-style:none}
            .providers li{margin:0 0 .5rem}
            @media (max-width:30em){h1{font-size:2rem}main{padding-top:2rem}}
            """;

    /** The whole page. */
    String html() {
        String appName = text("app.name");
        String title = text(starting ? "login.starting.title" : "login.title");
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language.toLanguageTag())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title + " | " + appName)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"bar\"><span class=\"app-title\">").append(escape(appName))
                .append("</span></header>\n<main>\n")
                .append("<h1>").append(escape(appName)).append("</h1>\n")
                .append("<p class=\"intro\">").append(escape(text("login.intro"))).append("</p>\n")
                .append("<section class=\"card\" aria-labelledby=\"login-title\">\n")
                .append("<h2 id=\"login-title\">").append(escape(text("login.title"))).append("</h2>\n");
        if (starting) {
            out.append("<div id=\"").append(STARTING_ID).append("\" class=\"starting\" role=\"status\">")
                    .append("<p class=\"starting-title\">").append(escape(title)).append("</p>")
                    .append("<p>").append(escape(text("login.starting.text", appName))).append("</p>")
                    .append("<p><a href=\"").append(escape(action)).append("\">")
                    .append(escape(text("login.starting.retry"))).append("</a></p></div>\n");
            return out.append("</section>\n</main>\n</body>\n</html>\n").toString();
        }
        if (failed) {
            out.append("<div id=\"").append(ERROR_ID).append("\" class=\"error\" role=\"alert\">")
                    .append("<p class=\"error-title\">").append(escape(text("login.error.title"))).append("</p>")
                    .append("<p>").append(escape(text("security.login.failed"))).append("</p></div>\n");
        }
        String describedBy = failed ? " aria-describedby=\"" + ERROR_ID + "\"" : "";
        out.append("<form method=\"post\" action=\"").append(escape(action)).append("\">\n");
        if (csrf != null) {
            out.append("<input type=\"hidden\" name=\"").append(escape(csrf.parameterName())).append("\" value=\"")
                    .append(escape(csrf.token())).append("\">\n");
        }
        field(out, "username", text("login.username"), "text",
                " autocomplete=\"username\" autocapitalize=\"none\" autocorrect=\"off\" spellcheck=\"false\" autofocus"
                        + describedBy);
        field(out, "password", text("login.password"), "password", " autocomplete=\"current-password\"" + describedBy);
        out.append("<button type=\"submit\">").append(escape(text("login.submit"))).append("</button>\n</form>\n");
        if (!providers.isEmpty()) {
            out.append("<ul class=\"providers\">\n");
            for (Provider provider : providers) {
                out.append("<li><a href=\"").append(escape(provider.href())).append("\">")
                        .append(escape(text("security.login.external", provider.name()))).append("</a></li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</section>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void field(StringBuilder out, String name, String label, String type, String attributes) {
        out.append("<div class=\"field\"><label for=\"").append(name).append("\">").append(escape(label))
                .append("</label><span class=\"required\" aria-hidden=\"true\">&bull;</span>")
                .append("<input id=\"").append(name).append("\" name=\"").append(name).append("\" type=\"").append(type)
                .append("\" required").append(attributes).append("></div>\n");
    }

    private String text(String key, Object... args) {
        return texts.apply(key, args);
    }

    /** Text as HTML text or attribute value: the one escaping rule of the project's documents. */
    static String escape(String text) {
        return XhtmlRenderer.escape(text);
    }
}
