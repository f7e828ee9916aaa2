package org.cjengage.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Replays what the Vaadin client in a browser sends for a person's visit: sign in (the plain sign-in page, the
 * form post with Spring Security's csrf token from it, the start page's Vaadin UI), the action plan grid, a search filter, an activity opened
 * from the grid and saved, the dashboard, the participation statement, and closing the tab (Vaadin's unload
 * beacon). Each request carries the UI id, the UIDL csrf token, the sync id and the client id the previous
 * answers gave, and components are found in the element tree by label or text (see {@link UiModel}).
 *
 * <p>Phases, one after the other: a warm-up (one user, {@code load.warmUpVisits} visits without think time, not a
 * target phase); 1 user ({@code load.singleUserVisits} visits), 50 and 200 virtual users with 2.5-7.5 s think time between steps; the
 * saturation throughput with a few users and no think time; then heap per session for closed and for abandoned
 * tabs. Settings (system properties): {@code load.baseUrl}, {@code load.users} (default "1,50,200"),
 * {@code load.saturationUsers} (6), {@code load.saturationSeconds} (30), {@code load.memoryTabs} (40),
 * {@code load.warmUpVisits} (5), {@code load.singleUserVisits} (4),
 * {@code load.appPid} (for the heap and processor-time figures, see {@link CpuProbe}).
 */
public class EngagementSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");
    private static final List<Integer> USERS = Arrays.stream(System.getProperty("load.users", "1,50,200").split(","))
            .map(String::trim).map(Integer::parseInt).toList();
    private static final int SATURATION_USERS = Integer.getInteger("load.saturationUsers", 6);
    private static final int SATURATION_SECONDS = Integer.getInteger("load.saturationSeconds", 30);
    private static final int MEMORY_TABS = Integer.getInteger("load.memoryTabs", 40);
    private static final String WARM_UP = "warm-up";
    private static final int WARM_UP_VISITS = Integer.getInteger("load.warmUpVisits", 5);
    private static final int SINGLE_USER_VISITS = Integer.getInteger("load.singleUserVisits", 4);
    private static final String USERNAME = System.getProperty("load.username", "lead");
    private static final String PASSWORD = System.getProperty("load.password", "engage-demo-2026");
    private static final String TITLE_SUFFIX = " | CJ Engage";
    private static final String ERROR_PAGE = "This page cannot be shown";
    private static final Pattern ACTIVITY_LINK = Pattern.compile("activities/\\d+");
    private static final String[] SEARCH_WORDS = {"community", "people", "victims", "engagement", "justice"};
    /** The query string the Vaadin client adds to its init request (screen, time zone, theme...). */
    private static final String INIT_PARAMS = "&query=&v-sh=900&v-sw=1400&v-wh=900&v-ww=1400&v-bh=900&v-bw=1400"
            + "&v-curdate=0&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-wn=load&v-td=false"
            + "&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary"
            + "&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private static final AtomicInteger CONFLICTS = new AtomicInteger();
    private static volatile long heapBaselineKb = -1;
    private static volatile long heapAfterClosedKb = -1;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("*/*")
            .acceptLanguageHeader("en-GB")
            .acceptEncodingHeader("gzip, deflate, br")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) CJ-Engage-load-test")
            .disableCaching();

    private static UiModel ui(Session session) {
        return (UiModel) session.get("ui");
    }

    /**
     * One step: its requests, timed together; the first failure ends the step (counted as an error of the step)
     * and the virtual user stops, as its later steps would fail too.
     */
    private static ChainBuilder step(String phase, String name, ChainBuilder requests) {
        boolean oneAtATime = phase.equals(WARM_UP) || phase.equals("1 user");
        return exec(s -> s.set("stepStart", System.nanoTime()).set("stepCpu", oneAtATime ? CpuProbe.appMs() : -1L)
                        .set("answerChars", 0L).set("answers", 0L).set("wideAnswers", 0L))
                .exitBlockOnFail().on(requests)
                .exec(s -> {
                    long millis = (System.nanoTime() - s.getLong("stepStart")) / 1_000_000;
                    StepStats.record(phase, name, millis, s.isFailed());
                    if (oneAtATime && !s.isFailed()) {
                        CpuProbe.step(phase, name, s.getLong("stepCpu"), CpuProbe.appMs());
                        StepStats.answers(phase, name, s.getLong("answerChars"), s.getLong("answers"),
                                s.getLong("wideAnswers"));
                    }
                    return s;
                })
                .exitHereIfFailed();
    }

    /**
     * Adds the Vaadin answer just read ({@code body}) to the step's answer figures: its characters, and whether it
     * holds a character beyond Latin-1 (then the JVM keeps the whole answer as UTF-16, two bytes a character, in
     * each of the copies Vaadin makes while writing it).
     */
    private static Session counted(Session s) {
        String body = s.contains("body") ? s.getString("body") : null;
        if (body == null || !s.contains("answers")) {
            return s;
        }
        boolean wide = body.chars().anyMatch(c -> c > 0xFF);
        return s.set("answerChars", s.getLong("answerChars") + body.length()).set("answers", s.getLong("answers") + 1)
                .set("wideAnswers", s.getLong("wideAnswers") + (wide ? 1 : 0));
    }

    /** A UIDL request built from the model, its answer read back into the model, then the grids' acknowledgements. */
    private static ChainBuilder uidl(String name, Function<Session, ArrayNode> rpc, String mustContain,
            CheckBuilder... extraChecks) {
        var request = http(name).post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> ui(s).message(rpc.apply(s))))
                .check(status().is(200), substring("appError").notExists(), substring(ERROR_PAGE).notExists(),
                        bodyString().saveAs("body"));
        if (mustContain != null) {
            request = request.check(substring(mustContain).exists());
        }
        if (extraChecks.length > 0) {
            request = request.check(extraChecks);
        }
        return exec(request)
                .exec(s -> {
                    if (!s.isFailed()) {
                        ui(s).update(s.getString("body"));
                    }
                    return counted(s).remove("body");
                })
                .doIf(s -> !s.isFailed() && ui(s).hasGridConfirms()).then(exec(http(name + " (grid ack)")
                        .post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(s -> ui(s).message(ui(s).takeGridConfirms())))
                        .check(status().is(200), bodyString().saveAs("body")))
                        .exec(s -> {
                            if (!s.isFailed()) {
                                ui(s).acknowledge(s.getString("body"));
                            }
                            return counted(s).remove("body");
                        }));
    }

    /** Loading a page of the application in a new tab: the HTML, the init request that makes the UI, the route. */
    private static ChainBuilder page(String name, String location, String title) {
        return exec(http(name + " html").get("/" + location).check(status().is(200)))
                .exec(http(name + " init").get("/?v-r=init&location=" + location + INIT_PARAMS)
                        .check(status().is(200), substring("Vaadin-Security-Key").exists(), bodyString().saveAs("body")))
                .exec(s -> {
                    if (!s.isFailed()) {
                        ui(s).init(s.getString("body"));
                    }
                    return counted(s).remove("body");
                })
                .exec(uidl(name + " route", s -> ui(s).initialRoute("/" + location), title + TITLE_SUFFIX));
    }

    /**
     * Signing in: the sign-in page (plain HTML, no Vaadin UI: Spring Security's {@code _csrf} comes from its form),
     * the form post (302 to the start page, not {@code ?error}; the Referer Gatling sends is the sign-in page, as a
     * browser's), then the start page's bootstrap: its HTML, the init request that makes its UI and the route.
     */
    private static ChainBuilder signIn(String phase) {
        return step(phase, "sign in", exec(s -> s.set("ui", new UiModel()))
                .exec(http("login page").get("/login").check(status().is(200), substring("<script").notExists(),
                        regex("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\">").saveAs("csrf")))
                .exec(http("login form").post("/login").disableFollowRedirect()
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", USERNAME)
                        .formParam("password", PASSWORD)
                        .check(status().is(302), header("Location").saveAs("afterLogin")))
                .exec(s -> s.isFailed() || s.getString("afterLogin").contains("error") ? s.markAsFailed() : s)
                .exec(page("start", "", "")));
    }

    private static ChainBuilder planGrid(String phase) {
        return step(phase, "plan grid", uidl("plan grid", s -> ui(s).navigate("plans"), "Outline action plan" + TITLE_SUFFIX));
    }

    private static ChainBuilder filter(String phase) {
        return step(phase, "filter", uidl("filter", s -> {
            int search = ui(s).byLabel("vaadin-text-field", "Search activities").orElseThrow();
            ArrayNode rpc = UiModel.JSON.createArrayNode();
            String word = SEARCH_WORDS[(int) (s.userId() % SEARCH_WORDS.length)];
            UiModel.typeInto(rpc, search, word, "input");
            return rpc;
        }, "$connector.updateSize"));
    }

    private static ChainBuilder openActivity(String phase) {
        return step(phase, "open activity", uidl("open activity", s -> {
            List<String> links = ui(s).hrefs(ACTIVITY_LINK);
            if (links.isEmpty()) {
                throw new IllegalStateException("no activity links in the grid");
            }
            return ui(s).navigate(links.get((int) (s.userId() % links.size())));
        }, "Activity" + TITLE_SUFFIX));
    }

    private static ChainBuilder saveActivity(String phase) {
        return step(phase, "save activity", exec(uidl("save activity", s -> {
            UiModel model = ui(s);
            int lead = model.byLabel("vaadin-text-field", "Lead person").orElseThrow();
            int save = model.byText("vaadin-button", "Save").orElseThrow();
            ArrayNode rpc = UiModel.JSON.createArrayNode();
            UiModel.typeInto(rpc, lead, "Load test lead " + s.userId(), "change");
            UiModel.click(rpc, save);
            return rpc;
        }, null, regex("(Activity saved\\.|Someone else saved this activity)").saveAs("saveOutcome")))
                .exec(s -> {
                    if (!s.isFailed() && s.getString("saveOutcome").startsWith("Someone")) {
                        CONFLICTS.incrementAndGet();
                    }
                    return s;
                }));
    }

    private static ChainBuilder navigateTo(String phase, String stepName, String route, String title) {
        return step(phase, stepName, uidl(stepName, s -> ui(s).navigate(route), title + TITLE_SUFFIX));
    }

    private static ChainBuilder closeTab(String phase) {
        return step(phase, "close tab", exec(http("close tab").post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(s -> ui(s).unloadMessage()))
                .check(status().is(200))));
    }

    private static ChainBuilder think(boolean thinking) {
        return thinking ? pause(Duration.ofMillis(2500), Duration.ofMillis(7500)) : exec(s -> s);
    }

    /** The whole visit; think time before each step after signing in. */
    private static ChainBuilder journey(String phase, boolean thinking) {
        return exec(s -> s)
                .exec(signIn(phase)).exec(think(thinking))
                .exec(planGrid(phase)).exec(think(thinking))
                .exec(filter(phase)).exec(think(thinking))
                .exec(openActivity(phase)).exec(think(thinking))
                .exec(saveActivity(phase)).exec(think(thinking))
                .exec(navigateTo(phase, "dashboard", "dashboard", "Dashboard")).exec(think(thinking))
                .exec(navigateTo(phase, "statement", "statement", "Participation statement")).exec(think(thinking))
                .exec(closeTab(phase));
    }

    private static ScenarioBuilder measureHeap(String label, java.util.function.LongConsumer keep) {
        return scenario("heap " + label).exec(s -> {
            if (HeapProbe.available()) {
                long kb = HeapProbe.usedKbAfterGc();
                keep.accept(kb);
                StepStats.note("heap used after GC, " + label, kb + " kB");
            }
            return s;
        });
    }

    /** Reads the processor times at the start and at the end of a phase (scenario names must be unique). */
    private static PopulationBuilder cpuMark(String phase, boolean start) {
        return scenario("processor time at the " + (start ? "start" : "end") + " of " + phase).exec(s -> {
            if (start) {
                CpuProbe.start(phase);
            } else {
                CpuProbe.end(phase);
            }
            return s;
        }).injectOpen(atOnceUsers(1));
    }

    private static PopulationBuilder measured(PopulationBuilder chain, String phase, PopulationBuilder population) {
        return chain.andThen(cpuMark(phase, true)).andThen(population).andThen(cpuMark(phase, false));
    }

    private static ScenarioBuilder tabs(String phase, boolean close) {
        ChainBuilder visit = exec(signIn(phase)).exec(planGrid(phase));
        return scenario(phase).exec(close ? visit.exec(closeTab(phase)) : visit);
    }

    {
        // Warm-up (not a target phase): a freshly started JVM compiles the code paths of a visit on the first
        // few visits, so one user's first sign-in takes several times a warm one. Without it, the one-user p95
        // (the baseline of the targets) would be that cold visit.
        PopulationBuilder chain = cpuMark(WARM_UP, true).andThen(scenario(WARM_UP)
                .exec(repeat(WARM_UP_VISITS).on(journey(WARM_UP, false))).injectOpen(atOnceUsers(1)))
                .andThen(cpuMark(WARM_UP, false));
        for (int users : USERS) {
            String phase = users + (users == 1 ? " user" : " users");
            ScenarioBuilder scenario = scenario(phase).exec(repeat(users == 1 ? SINGLE_USER_VISITS : 1)
                    .on(journey(phase, true)));
            PopulationBuilder population = scenario.injectOpen(users == 1 ? atOnceUsers(1)
                    : rampUsers(users).during(Duration.ofSeconds(Math.max(5, users / 10))));
            chain = measured(chain, phase, population);
        }
        String saturation = "saturation " + SATURATION_USERS + " users";
        chain = measured(chain, saturation, scenario(saturation).exec(journey(saturation, false))
                .injectClosed(constantConcurrentUsers(SATURATION_USERS).during(Duration.ofSeconds(SATURATION_SECONDS))));
        if (MEMORY_TABS > 0) {
            chain = chain.andThen(measureHeap("before tabs", kb -> heapBaselineKb = kb).injectOpen(atOnceUsers(1)))
                    .andThen(tabs(MEMORY_TABS + " closed tabs", true).injectOpen(rampUsers(MEMORY_TABS).during(Duration.ofSeconds(5))))
                    .andThen(measureHeap("after closed tabs", kb -> heapAfterClosedKb = kb).injectOpen(atOnceUsers(1)))
                    .andThen(tabs(MEMORY_TABS + " abandoned tabs", false).injectOpen(rampUsers(MEMORY_TABS).during(Duration.ofSeconds(5))))
                    .andThen(measureHeap("after abandoned tabs", kb -> {
                        if (heapBaselineKb > 0 && heapAfterClosedKb > 0) {
                            StepStats.note("heap per closed tab (sign in, plan grid, close)",
                                    (heapAfterClosedKb - heapBaselineKb) / MEMORY_TABS + " kB");
                            StepStats.note("heap per abandoned tab (sign in, plan grid, left open)",
                                    (kb - heapAfterClosedKb) / MEMORY_TABS + " kB");
                        }
                    }).injectOpen(atOnceUsers(1)));
        }
        setUp(chain).protocols(protocol).maxDuration(Duration.ofMinutes(12));
    }

    @Override
    public void after() {
        StepStats.note("saves refused as concurrent edits (shown to the person, not errors)", String.valueOf(CONFLICTS.get()));
        int largest = USERS.stream().mapToInt(Integer::intValue).max().orElse(1);
        String table = StepStats.table() + System.lineSeparator() + CpuProbe.table(StepStats.stepsPerPhase())
                + StepStats.answersTable() + System.lineSeparator()
                + StepStats.targets("1 user", largest + (largest == 1 ? " user" : " users"));
        System.out.println();
        System.out.println("CJ Engage load test against " + BASE);
        System.out.println(table);
        try {
            Path out = Path.of("target", "load-results.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("could not write target/load-results.txt: " + e.getMessage());
        }
    }
}
