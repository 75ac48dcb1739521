using Briefings.Content;
using Briefings.Markdown;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Planning;

namespace Briefings.Pipeline;

/// <summary>
/// What one build knew after each stage: the long-lived site a process keeps between builds (the preview
/// server, an incremental rebuild that reuses the parsed and processed units whose fingerprints did not change).
/// </summary>
public sealed record SiteState(LoadedSite Loaded, ParsedSite Parsed, ProcessedSite Processed, SiteModel Model, OutputPlan Plan);
