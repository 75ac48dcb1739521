using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>A briefing can be a folder with its images and attachments, published beside its page; a missing local file is an error at its line.</summary>
public sealed class BundleTests
{
    private static readonly (string, string) Config = ("content/site.yml", TestSite.MinimalConfig);

    [Fact]
    public void A_bundle_publishes_its_files_beside_its_page_under_the_folder_name()
    {
        var (result, output) = TestSite.Build(Config,
            ("content/briefings/voyage-a-minsk/index.md", TestSite.Briefing("title: Voyage\ndate: 2022-01-01", "![La carte](carte.png)\n\n[L'annexe](docs/annexe.pdf#page=2)")),
            ("content/briefings/voyage-a-minsk/carte.png", "png"),
            ("content/briefings/voyage-a-minsk/docs/annexe.pdf", "pdf"));

        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Equal("png", output.Text("briefings/voyage-a-minsk/carte.png"));
        Assert.Equal("pdf", output.Text("briefings/voyage-a-minsk/docs/annexe.pdf"));
        var page = output.Text("briefings/voyage-a-minsk/index.html");
        Assert.Contains("src=\"carte.png\"", page);
        Assert.Contains("href=\"docs/annexe.pdf#page=2\"", page);
    }

    [Fact]
    public void A_text_bundle_with_its_sidecar_works_alike_and_others_link_to_it_by_its_folder_name()
    {
        var (result, output) = TestSite.Build(Config,
            ("content/briefings/note/index.txt", "Texte.\n"),
            ("content/briefings/note/index.yml", "title: Note\ndate: 2022-01-01\n"),
            ("content/briefings/note/photo.jpg", "jpg"),
            ("content/briefings/other.md", TestSite.Briefing("title: Other\ndate: 2022-01-02", "[la note](note.md)")));

        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Equal("jpg", output.Text("briefings/note/photo.jpg"));
        Assert.Contains("href=\"../note/index.html\"", output.Text("briefings/other/index.html"));
    }

    [Fact]
    public void A_bundle_with_a_slug_publishes_its_files_under_the_slug()
    {
        var (result, output) = TestSite.Build(Config,
            ("content/briefings/trip/index.md", TestSite.Briefing("title: Trip\ndate: 2022-01-01\nslug: voyage", "![x](a.png)")),
            ("content/briefings/trip/a.png", "png"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Equal("png", output.Text("briefings/voyage/a.png"));
    }

    [Fact]
    public void A_missing_image_or_attachment_is_a_build_error_at_its_line_and_column()
    {
        var (result, _) = TestSite.Build(Config,
            ("content/briefings/trip/index.md", TestSite.Briefing("title: Trip\ndate: 2022-01-01", "Texte.\n\nVoir ![la carte](carte.png) et [l'annexe](annexe.pdf).")));

        Assert.False(result.Succeeded);
        var printed = TestSite.Printed(result);
        Assert.Contains("content/briefings/trip/index.md:7:6: error FILE002: this image ('carte.png') names no file of the site (briefings/trip/carte.png); put the file in content/briefings/trip/, or the site's own in static/", printed);
        Assert.Contains(printed, d => d.StartsWith("content/briefings/trip/index.md:7:32: error FILE002: this link ('annexe.pdf')", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plain_briefing_naming_a_file_beside_it_is_told_about_bundles()
    {
        var (result, _) = TestSite.Build(Config,
            ("content/briefings/x.md", TestSite.Briefing("title: X\ndate: 2022-01-01", "![x](photo.jpg)")),
            ("content/briefings/photo.jpg", "jpg"));
        Assert.False(result.Succeeded);
        var printed = TestSite.Printed(result);
        // Files beside a plain briefing are not published, as before: a warning at the file, an error at the image.
        Assert.Contains("content/briefings/photo.jpg:1:1: warning SITE004: ignored: a briefing is a .md file, or a .txt file with a .yml sidecar", printed);
        Assert.Contains(printed, d => d.StartsWith("content/briefings/x.md:5:1: error FILE002: this image ('photo.jpg') names no file of the site (briefings/x/photo.jpg); a briefing's own files go beside it in a folder: content/briefings/x/index.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_to_pages_static_files_anchors_and_other_sites_are_not_local_files_to_check()
    {
        var (result, _) = TestSite.Build(Config,
            ("content/briefings/x.md", TestSite.Briefing("title: X\ndate: 2022-01-01",
                "[a](#top) [b](https://example.org/a.png) [c](../../tags/index.html) [d](../../logo.svg) [e](./) [f](mailto:a@b.c) [g](?q=1)")),
            ("static/logo.svg", "<svg/>"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
    }

    [Fact]
    public void A_link_leaving_the_site_is_an_error()
    {
        var (result, _) = TestSite.Build(Config, ("content/briefings/x.md", TestSite.Briefing("title: X\ndate: 2022-01-01", "[x](../../../etc/passwd)")));
        Assert.Contains(TestSite.Printed(result), d => d.Contains("error FILE002: this link ('../../../etc/passwd') leads outside the site", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bundle_file_named_like_the_page_is_an_error_at_the_file()
    {
        var (result, _) = TestSite.Build(Config,
            ("content/briefings/trip/index.md", TestSite.Briefing("title: Trip\ndate: 2022-01-01")),
            ("content/briefings/trip/index.html", "<p>mine</p>"));
        Assert.Contains("content/briefings/trip/index.html:1:1: error FILE001: this file would be published as briefings/trip/index.html, which the build writes itself (the briefing page); rename or remove it", TestSite.Printed(result));
    }

    [Fact]
    public void A_draft_bundle_publishes_nothing()
    {
        var (result, output) = TestSite.Build(Config,
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01")),
            ("content/briefings/trip/index.md", TestSite.Briefing("title: Trip\ndate: 2022-01-01\ndraft: true", "![x](secret.png)")),
            ("content/briefings/trip/secret.png", "png"));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.DoesNotContain(output.Files.Keys, k => k.Contains("secret", StringComparison.Ordinal));
    }
}
