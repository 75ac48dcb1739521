using System.Text.Json;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Design;

/// <summary>The demo as a reader meets it in Chromium: on a phone, on a wide screen, in the dark, on paper, lost on a 404.</summary>
public sealed class ReadingTests(DesignSite site) : IClassFixture<DesignSite>
{
    private const string Seed = "briefings/otsc-allies-silencieux/index.html";

    [Fact]
    public async Task Every_tooltip_stays_inside_a_375px_screen_on_hover_and_on_keyboard_focus()
    {
        var page = await site.PageAsync(375);
        var checkedTips = 0;
        foreach (var briefing in DesignSite.PageTypes.Where(p => p.StartsWith("briefings/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(DesignSite.FileUrl(site.Based, briefing));
            var links = page.Locator(".body .term-link");
            var count = await links.CountAsync();
            Assert.True(count > 0, $"{briefing} has no glossary term");
            for (var i = 0; i < count; i++)
            {
                await links.Nth(i).ScrollIntoViewIfNeededAsync();
                await links.Nth(i).HoverAsync();
                AssertInside(await TipBox(page, i), 375, $"{briefing}, term {i + 1}, on hover");
                checkedTips++;
            }

            // The keyboard: Tab from the top of the page reaches each term and shows its definition; Escape hides it.
            await page.Mouse.MoveAsync(0, 0);
            await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
            var reached = 0;
            for (var tab = 0; tab < 200 && reached < count; tab++)
            {
                await page.Keyboard.PressAsync("Tab");
                var index = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.body .term-link')].indexOf(document.activeElement)");
                if (index < 0) continue;
                AssertInside(await TipBox(page, index), 375, $"{briefing}, term {index + 1}, on keyboard focus");
                reached++;
            }
            Assert.Equal(count, reached);
            await page.Keyboard.PressAsync("Escape");
            Assert.False(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.term-tip')].some(t => t.getBoundingClientRect().width > 0)"),
                "Escape leaves a definition on screen");
        }
        Assert.True(checkedTips >= 8, $"only {checkedTips} terms were hovered");
    }

    [Fact]
    public void The_fonts_the_stylesheet_names_are_published_with_their_licences()
    {
        var assets = Path.Combine(site.Based.Root, "assets");
        var css = File.ReadAllText(Path.Combine(assets, "style.css"));
        var fonts = System.Text.RegularExpressions.Regex.Matches(css, @"url\((fonts/[^)]+\.woff2)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, fonts.Count);
        foreach (var font in fonts)
        {
            var bytes = File.ReadAllBytes(Path.Combine(assets, font));
            Assert.Equal("wOF2"u8.ToArray(), bytes[..4]);
        }
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Matches(css, "font-display: swap").Count);
        foreach (var licence in new[] { "LICENSE-SourceSerif4.txt", "LICENSE-SourceSans3.txt" })
        {
            Assert.Contains("SIL Open Font License, Version 1.1", File.ReadAllText(Path.Combine(assets, "fonts", licence)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_javascript_a_term_still_links_to_its_definition()
    {
        var document = site.Based.Parse(Seed);
        foreach (var link in document.QuerySelectorAll(".body .term-link"))
        {
            Assert.Contains("glossary/", link.GetAttribute("href"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_page_type_scrolls_sideways_at_320px()
    {
        var page = await site.PageAsync(320);
        var wide = new List<string>();
        foreach (var path in DesignSite.PageTypes)
        {
            await page.GotoAsync(DesignSite.FileUrl(site.Based, path));
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 320) wide.Add($"{path}: {width} px");
        }
        Assert.Empty(wide);
    }

    [Fact]
    public async Task Ten_events_on_a_phone_take_less_than_the_4479_px_they_took()
    {
        var page = await site.PageAsync(375);
        await page.GotoAsync(DesignSite.FileUrl(site.Based, "timeline/index.html"));
        var measured = await page.EvaluateAsync<int[]>("() => [document.querySelectorAll('.timeline-main .event').length, document.documentElement.scrollHeight]");
        var (events, height) = (measured[0], measured[1]);
        Assert.True(events >= 10, $"{events} events");
        var perTen = height * 10 / events;
        Assert.True(perTen < 3500, $"{events} events take {height} px at 375 px: {perTen} px for ten");
    }

    [Fact]
    public async Task Printing_a_briefing_hides_navigation_and_prints_outside_addresses_and_definitions()
    {
        var page = await site.PageAsync(1280);
        await page.GotoAsync(DesignSite.FileUrl(site.Based, Seed));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var hidden = await page.EvaluateAsync<string[]>(
            "() => ['.site-nav', '.site-footer', '.skip-link'].filter(s => document.querySelector(s) && getComputedStyle(document.querySelector(s)).display !== 'none')");
        Assert.Empty(hidden);
        var external = await page.EvaluateAsync<JsonElement>(
            "() => [...document.querySelectorAll('main a[href^=\"http\"]')].map(a => [a.href, getComputedStyle(a, '::after').content])");
        Assert.True(external.GetArrayLength() > 0, "the seed has no outside link");
        foreach (var pair in external.EnumerateArray())
        {
            Assert.Contains(pair[0].GetString()!, pair[1].GetString()!, StringComparison.Ordinal);
        }
        // Each term the text links to has its definition printed in the notes.
        var notes = await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('.body .term-link')].every(a => [...document.querySelectorAll('.term-notes dt a')].some(n => n.href === a.href) && getComputedStyle(document.querySelector('.term-notes')).display !== 'none')");
        Assert.True(notes, "a linked term has no printed definition");
        var orphanable = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main h2')).breakAfter");
        Assert.Equal("avoid", orphanable);
    }

    [Fact]
    public async Task The_404_page_is_styled_at_any_depth_once_deployed()
    {
        var page = await site.PageAsync(1280);
        // As a server answers a missing address deep under the site: its 404.html, at that address.
        await page.RouteAsync(DesignSite.BaseUrl + "**", async route =>
        {
            var relative = route.Request.Url[DesignSite.BaseUrl.Length..];
            var file = Path.Combine(site.Based.Root, relative);
            if (File.Exists(file)) await route.FulfillAsync(new() { Status = 200, Path = file });
            else await route.FulfillAsync(new() { Status = 404, Path = Path.Combine(site.Based.Root, "404.html"), ContentType = "text/html; charset=utf-8" });
        });
        await page.GotoAsync(DesignSite.BaseUrl + "a/b/missing");
        await page.EvaluateAsync("() => document.fonts.ready");
        Assert.StartsWith("\"Source Serif 4\"", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Source Serif 4\"') && [...document.fonts].some(f => f.family.includes('Source Serif 4') && f.status === 'loaded')"),
            "the web font did not load on the 404 page");

        // Without a base URL the page carries its own styles: a copy two folders down is styled as well.
        var deep = site.Scratch("deep/a/b");
        Directory.CreateDirectory(deep);
        File.Copy(Path.Combine(site.Plain.Root, "404.html"), Path.Combine(deep, "404.html"), overwrite: true);
        var plain = await site.PageAsync(375);
        await plain.GotoAsync(new Uri(Path.Combine(deep, "404.html")).AbsoluteUri);
        Assert.StartsWith("\"Source Serif 4\"", await plain.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        Assert.Equal("none", await plain.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-nav ul')).listStyleType"));
    }

    [Fact]
    public async Task Text_and_metadata_reach_AA_contrast_in_light_and_dark()
    {
        var colours = new Dictionary<ColorScheme, string>();
        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await site.PageAsync(1280, scheme);
            foreach (var path in new[] { Seed, "timeline/index.html", "glossary/index.html", "index.html" })
            {
                await page.GotoAsync(DesignSite.FileUrl(site.Based, path));
                var measured = await page.EvaluateAsync<JsonElement>(ContrastScript, ".body p, .lead, .meta, .facts dt, .facts dd, .event-date, .event-facts dt, .event-title, .lead-count, .site-footer p, .aliases, .cited-count, .tags a, .section-title, .briefing-aside h2, .term-notes dd");
                foreach (var item in measured.EnumerateArray())
                {
                    var ratio = item.GetProperty("ratio").GetDouble();
                    if (ratio < 4.5) failures.Add($"{scheme} {path} {item.GetProperty("selector").GetString()}: {ratio:0.00}");
                }
                if (path == Seed) colours[scheme] = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color + ' on ' + getComputedStyle(document.body).backgroundColor");
            }
        }
        Assert.Empty(failures);
        Assert.NotEqual(colours[ColorScheme.Light], colours[ColorScheme.Dark]);
    }

    [Fact]
    public void The_home_page_has_one_h1_and_skips_no_heading_level()
    {
        foreach (var path in DesignSite.PageTypes)
        {
            var document = site.Based.Parse(path);
            var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.True(levels.Count(l => l == 1) == 1, $"{path} has {levels.Count(l => l == 1)} h1");
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} then h{levels[i]}");
            }
        }
        var home = site.Based.Parse("index.html");
        Assert.Empty(home.QuerySelectorAll(".briefing-card h2"));
        Assert.NotEmpty(home.QuerySelectorAll(".briefing-card h3"));
    }

    [Fact]
    public void The_timeline_says_each_month_once_and_the_gaps_between_years()
    {
        var timeline = site.Based.Parse("timeline/index.html");
        foreach (var month in timeline.QuerySelectorAll(".timeline-month"))
        {
            var heading = month.QuerySelector("h3")!.TextContent.Trim();
            // What shows: a date the heading already says stays only for screen readers (.same-as-heading); a doubted
            // date ("2022?-02-13") keeps its words, since the heading is itself a guess there.
            foreach (var date in month.QuerySelectorAll(".event:not(.event-uncertain):not(.event-approximate) > .event-date"))
            {
                var shown = string.Concat(date.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement e || !e.ClassList.Contains("same-as-heading")).Select(n => n.TextContent));
                Assert.DoesNotContain(heading, shown, StringComparison.OrdinalIgnoreCase);
            }
        }
        var gaps = timeline.QuerySelectorAll(".timeline-gap").Select(g => g.TextContent).ToList();
        Assert.Contains("5\u00A0ans plus tard", gaps);
        Assert.Contains("1er", timeline.QuerySelectorAll(".event-date .day").Select(d => d.TextContent));
    }

    private static async Task<(double Left, double Right, int ScrollWidth)> TipBox(IPage page, int index)
    {
        var box = await page.EvaluateAsync<double[]>(
            "(i) => { const a = document.querySelectorAll('.body .term-link')[i]; const t = document.getElementById(a.getAttribute('aria-describedby')); const b = t.getBoundingClientRect(); return [b.left, b.right, b.width, document.documentElement.scrollWidth]; }", index);
        Assert.True(box[2] > 0, $"term {index + 1}: its definition is not shown");
        return (box[0], box[1], (int)box[3]);
    }

    private static void AssertInside((double Left, double Right, int ScrollWidth) box, int width, string what)
    {
        Assert.True(box.Left >= 0 && box.Right <= width, $"{what}: the definition spans {box.Left:0}–{box.Right:0} px on a {width} px screen");
        Assert.True(box.ScrollWidth <= width, $"{what}: the page widens to {box.ScrollWidth} px");
    }

    /// <summary>WCAG contrast of each matching element's text against the first opaque background behind it.</summary>
    private const string ContrastScript = """
        (selectors) => {
          const parse = (c) => { const m = c.match(/[\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; };
          const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
          const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c.a > 0.5) return c; } return parse(getComputedStyle(document.documentElement).backgroundColor); };
          return selectors.split(', ').flatMap((selector) => [...document.querySelectorAll(selector)].slice(0, 3).map((el) => {
            const fg = lum(parse(getComputedStyle(el).color)), bg = lum(background(el));
            return { selector, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
          }));
        }
        """;
}
