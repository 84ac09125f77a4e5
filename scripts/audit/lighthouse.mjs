// Lighthouse on the pages scripts/audit/audit.py gives it (run by `make audit`).
//
//   node scripts/audit/lighthouse.mjs TOOLS_DIR PAGES_JSON OUT_JSON [RUNS]
//
// TOOLS_DIR holds node_modules installed from scripts/audit/package-lock.json.
// PAGES_JSON: [{"name", "url"} | {"name", "url", "click", "expect"}]; with
// "click" the page at "url" is opened first, not audited, and the navigation
// that clicking the "click" selector starts (a form post, e.g. the risk test's
// first question) is what Lighthouse audits; "expect" must then be on the page. Each page gets a fresh user flow: a cold
// load with Lighthouse's defaults (mobile emulation, simulated slow 4G).
// Each page is audited RUNS times (default 3) and the run with the median
// performance score reported, as Lighthouse advises for its variability (only
// the performance score varies between runs). OUT_JSON gets, per page, that
// run's four category scores (0-100), the audits that lost points, and every
// run's performance score.
import { writeFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [toolsDir, pagesFile, outFile, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg || 3);
const requireFromTools = createRequire(path.join(path.resolve(toolsDir), "package.json"));
const load = async (name) => import(pathToFileURL(requireFromTools.resolve(name)).href);
const { startFlow } = await load("lighthouse");
const puppeteer = (await load("puppeteer-core")).default;
const { filterToValidRuns } = await load("lighthouse/core/lib/median-run.js");

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index",
};
const pages = JSON.parse(readFileSync(pagesFile, "utf8"));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

async function audit(item) {
  const page = await browser.newPage();
  try {
    const flow = await startFlow(page, {
      name: item.name,
      config: { extends: "lighthouse:default", settings: { onlyCategories: CATEGORIES } },
    });
    if (item.click) {
      await page.goto(item.url, { waitUntil: "load" });
      await flow.navigate(async () => {
        await page.click(item.click);
      }, { name: item.name });
    } else {
      await flow.navigate(item.url, { name: item.name });
    }
    if (item.expect && !(await page.$(item.expect))) {
      throw new Error(`${item.name}: ${item.expect} not found after the click: not the page meant`);
    }
    const { steps } = await flow.createFlowResult();
    return steps.at(-1).lhr;
  } finally {
    await page.close();
  }
}

const results = [];
try {
  for (const item of pages) {
    // A run without a first paint or an interactive time (Lighthouse 12 now and
    // then loses the trace's start on this Chromium: NO_NAVSTART) cannot be
    // ranked: reported, not used, and tried again (at most RUNS more times).
    const all = [];
    let runs = [];
    while (runs.length < RUNS && all.length < 2 * RUNS) {
      all.push(await audit(item));
      runs = filterToValidRuns(all);
    }
    const failed = all.filter((r) => !runs.includes(r));
    const failures = failed.map((r) => r.runtimeError?.message || r.runWarnings.join("; ") || "no FCP/TTI");
    if (!runs.length) {
      results.push({ name: item.name, url: item.url, scores: {}, lost: [], errors: [], failedRuns: failures });
      process.stderr.write(`  ${item.name}: no valid run (${failures.join(" | ")})\n`);
      continue;
    }
    // The run with the median performance score (the other categories do not
    // vary between runs); ties go to the earlier run.
    const byPerformance = runs.slice().sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const lhr = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]),
    );
    // Audits that count in a category's score and did not get full marks.
    const weighted = new Set(
      CATEGORIES.flatMap((id) => (lhr.categories[id]?.auditRefs || []).filter((r) => r.weight > 0).map((r) => r.id)),
    );
    const lost = Object.values(lhr.audits)
      .filter((a) => weighted.has(a.id) && typeof a.score === "number" && a.score < 1)
      .map((a) => ({
        id: a.id,
        title: a.title,
        score: a.score,
        value: a.displayValue || "",
        categories: CATEGORIES.filter((c) => (lhr.categories[c]?.auditRefs || []).some((r) => r.id === a.id && r.weight > 0)),
      }));
    const errors = Object.values(lhr.audits)
      .filter((a) => a.scoreDisplayMode === "error")
      .map((a) => ({ id: a.id, message: a.errorMessage || "" }));
    results.push({
      name: item.name,
      url: lhr.finalDisplayedUrl,
      scores,
      lost,
      errors,
      runWarnings: lhr.runWarnings,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
      formFactor: lhr.configSettings.formFactor,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      performanceRuns: runs.map((r) => Math.round(r.categories.performance.score * 100)),
      failedRuns: failures,
      metrics: Object.fromEntries(
        Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null]),
      ),
    });
    const perfRuns = results.at(-1).performanceRuns.join(", ");
    process.stderr.write(`  ${item.name}: ${CATEGORIES.map((id) => scores[id]).join(" / ")} (performance runs: ${perfRuns})\n`);
  }
} finally {
  await browser.close();
}
writeFileSync(outFile, JSON.stringify(results, null, 2));
