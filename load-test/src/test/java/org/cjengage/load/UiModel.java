package org.cjengage.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the Vaadin client of one browser tab knows, kept from the server's answers so that the next request
 * can be built the way the browser builds it: the UI id and the UIDL csrf token from the init response, the
 * sync id and client id of the last answer, and the element tree (tag, properties, attributes, text, children)
 * built from the "changes" of every answer, so that components are found by what a person sees (a button's
 * text, a field's label, a link's href) rather than by node ids, which change with every release.
 */
public final class UiModel {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GRID_CONFIRM = Pattern.compile("\\$connector\\.confirm\\(");

    /** One element or text node of the UI tree. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final List<Integer> pendingGridConfirms = new ArrayList<>();
    /**
     * The texts in the arguments of the calls the answers made, most recent last (grid rows arrive that way: a cell
     * drawn from a template, e.g. a link's href, is a value of its row's data, not a node); at most
     * {@value #MAX_ROW_TEXTS}.
     */
    private final java.util.LinkedHashSet<String> rowTexts = new java.util.LinkedHashSet<>();
    private static final int MAX_ROW_TEXTS = 5_000;
    private int uiId = -1;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    private int historyIndex;

    public boolean hasGridConfirms() {
        return !pendingGridConfirms.isEmpty();
    }

    /** The navigation the client router announces right after the UI starts (as the browser sends it). */
    public ArrayNode initialRoute(String route) {
        return uiNavigate(route, 0, "");
    }

    public int uiId() {
        return uiId;
    }

    public boolean started() {
        return uiId >= 0 && csrfToken != null;
    }

    /** Reads the answer to {@code ?v-r=init}: a new UI, its id, its csrf token and its first changes. */
    public void init(String body) {
        nodes.clear();
        pendingGridConfirms.clear();
        historyIndex = 0;
        JsonNode root = read(body);
        JsonNode config = root.path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
        syncId = -1;
        clientId = 0;
        apply(uidl);
    }

    /** Reads the answer to a UIDL request. */
    public void update(String body) {
        acknowledge(body);
    }

    /** Reads the answer to the grids' acknowledgements. */
    public void acknowledge(String body) {
        JsonNode root = read(body);
        if (root.isArray() && !root.isEmpty()) {
            root = root.get(0);
        }
        apply(root);
    }

    private static JsonNode read(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("Not a Vaadin JSON answer: " + abbreviate(body), e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asText();
        }
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode invocation : uidl.path("execute")) {
            for (int i = 0; i < invocation.size() - 1; i++) {
                collectTexts(invocation.get(i), texts);
            }
        }
        for (String text : texts) {
            rowTexts.remove(text);
            rowTexts.add(text);
        }
        while (rowTexts.size() > MAX_ROW_TEXTS) {
            rowTexts.remove(rowTexts.iterator().next());
        }
        for (JsonNode invocation : uidl.path("execute")) {
            String script = invocation.get(invocation.size() - 1).asText("");
            if (GRID_CONFIRM.matcher(script).find() && invocation.size() >= 3) {
                int node = invocation.get(0).path("@v-node").asInt(-1);
                Node target = nodes.get(node);
                if (target != null && "vaadin-grid".equals(target.tag)) {
                    pendingGridConfirms.add(node);
                    pendingGridConfirms.add(invocation.get(1).asInt());
                }
            }
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asText();
        Node node = nodes.computeIfAbsent(id, Node::new);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "detach" -> nodes.remove(id);
            case "put" -> {
                String key = change.path("key").asText();
                JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
                if (feature == 0 && "tag".equals(key)) {
                    node.tag = value.asText();
                } else if (feature == 7 && "text".equals(key)) {
                    node.text = value.asText();
                } else if (feature == 1) {
                    node.properties.put(key, value);
                } else if (feature == 3) {
                    node.attributes.put(key, value);
                }
            }
            case "remove" -> {
                String key = change.path("key").asText();
                if (feature == 1) {
                    node.properties.remove(key);
                } else if (feature == 3) {
                    node.attributes.remove(key);
                }
            }
            case "splice" -> {
                if (feature != 2) {
                    return;
                }
                int index = Math.min(change.path("index").asInt(), node.children.size());
                int remove = change.path("remove").asInt(0);
                for (int i = 0; i < remove && index < node.children.size(); i++) {
                    node.children.remove(index);
                }
                JsonNode added = change.path("addNodes");
                int at = index;
                for (JsonNode child : added) {
                    node.children.add(at++, child.asInt());
                }
            }
            case "clear" -> {
                if (feature == 2) {
                    node.children.clear();
                }
            }
            default -> {
                // "attach" and anything new: nothing to keep
            }
        }
    }

    /** The text of a node and its descendants, as a person reads it. */
    private String textOf(Node node, int depth) {
        if (node == null || depth > 12) {
            return "";
        }
        StringBuilder text = new StringBuilder(node.text == null ? "" : node.text);
        for (int child : node.children) {
            text.append(textOf(nodes.get(child), depth + 1));
        }
        return text.toString();
    }

    /** The node of the component with this tag whose "label" property is the given text. */
    public Optional<Integer> byLabel(String tag, String label) {
        return nodes.values().stream()
                .filter(n -> tag.equals(n.tag) && n.properties.containsKey("label")
                        && label.equals(n.properties.get("label").asText()))
                .map(n -> n.id).max(Integer::compare);
    }

    /** The node of the component with this tag whose text is the given text. */
    public Optional<Integer> byText(String tag, String text) {
        return nodes.values().stream()
                .filter(n -> tag.equals(n.tag) && text.equals(textOf(n, 0).strip()))
                .map(n -> n.id).max(Integer::compare);
    }

    /**
     * The href attributes of the links whose href matches the pattern, in node order, then the values of the grid
     * rows sent that match it (links drawn by a grid's template), the most recent last.
     */
    public List<String> hrefs(Pattern pattern) {
        List<String> result = new ArrayList<>();
        nodes.values().stream().filter(n -> "a".equals(n.tag) && n.attributes.containsKey("href"))
                .sorted((a, b) -> Integer.compare(a.id, b.id))
                .map(n -> n.attributes.get("href").asText())
                .filter(h -> pattern.matcher(h).matches())
                .forEach(result::add);
        rowTexts.stream().filter(h -> pattern.matcher(h).matches()).forEach(result::add);
        return result;
    }

    /** Every text value inside the arguments of a call the answer makes (grid rows arrive as such arguments). */
    private static void collectTexts(JsonNode value, List<String> into) {
        if (value.isTextual()) {
            into.add(value.asText());
        } else if (value.isContainerNode()) {
            for (JsonNode child : value) {
                collectTexts(child, into);
            }
        }
    }

    /** A UIDL request body carrying these calls, with the current csrf token, sync id and client id. */
    public String message(ArrayNode rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /** The beacon a closing tab sends: the server may forget the UI at once. */
    public String unloadMessage() {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", JSON.createArrayNode());
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        message.put("UNLOAD", true);
        return message.toString();
    }

    /** The grid acknowledgements the browser sends after the rows of an answer have been shown. */
    public ArrayNode takeGridConfirms() {
        ArrayNode rpc = JSON.createArrayNode();
        for (int i = 0; i + 1 < pendingGridConfirms.size(); i += 2) {
            ObjectNode call = rpc.addObject();
            call.put("type", "publishedEventHandler");
            call.put("node", pendingGridConfirms.get(i));
            call.put("templateEventMethodName", "confirmUpdate");
            call.putArray("templateEventMethodArgs").add(pendingGridConfirms.get(i + 1));
            call.put("promise", 0);
        }
        pendingGridConfirms.clear();
        return rpc;
    }

    /** A client-side navigation, as a click on a router link sends it. */
    public ArrayNode navigate(String route) {
        return uiNavigate(route, ++historyIndex, "link");
    }

    /** The client router's {@code ui-navigate} event for {@code route}, at history entry {@code idx}. */
    private static ArrayNode uiNavigate(String route, int idx, String trigger) {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode call = rpc.addObject();
        call.put("type", "event");
        call.put("node", 1);
        call.put("event", "ui-navigate");
        ObjectNode data = call.putObject("data");
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", idx);
        data.put("trigger", trigger);
        return rpc;
    }

    /** Typing into a field: the value property, then the event that tells the server (input or change). */
    public static void typeInto(ArrayNode rpc, int node, String value, String event) {
        ObjectNode sync = rpc.addObject();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        ObjectNode changed = rpc.addObject();
        changed.put("type", "event");
        changed.put("node", node);
        changed.put("event", event);
        changed.putObject("data");
    }

    /** A mouse click on a component. */
    public static void click(ArrayNode rpc, int node) {
        ObjectNode call = rpc.addObject();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", "click");
        ObjectNode data = call.putObject("data");
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.altKey", false);
        data.put("event.button", 0);
    }

    static int matchCount(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
