namespace Briefings.Diagnostics;

/// <summary>Every diagnostic code the build emits; the README lists them for users.</summary>
public static class DiagnosticCodes
{
    public const string NotUtf8 = "ENC001";
    public const string EmptyFile = "ENC002";
    public const string FileTooLarge = "ENC003";

    public const string YamlSyntax = "YAML001";
    public const string YamlDuplicateKey = "YAML002";
    public const string YamlTooDeep = "YAML003";
    public const string YamlAliasBomb = "YAML004";
    public const string YamlMultipleDocuments = "YAML005";
    public const string YamlTooLarge = "YAML006";

    public const string MissingKey = "META001";
    public const string WrongType = "META002";
    public const string UnknownKey = "META003";
    public const string InvalidValue = "META004";
    public const string MissingFrontMatter = "META005";
    public const string MissingSidecar = "META006";
    public const string OrphanSidecar = "META007";
    public const string EmptyItem = "META008";
    public const string TooManyItems = "META009";
    public const string NameTooLong = "META010";

    public const string UnsafeLink = "MD001";
    public const string MarkdownTooCostly = "MD002";
    public const string MarkdownTooDeep = "MD003";

    public const string MissingSiteConfig = "SITE001";
    public const string DuplicateSlug = "SITE002";
    public const string UnknownLinkTarget = "SITE003";
    public const string UnsupportedFile = "SITE004";
    public const string DuplicateId = "SITE005";
    public const string UnknownReference = "SITE006";
    public const string DuplicateForm = "SITE007";
    public const string DraftReference = "SITE008";

    public const string LinkOutsideSite = "READ001";
    public const string NotRegularFile = "READ002";
    public const string LinkLoop = "READ003";
    public const string BrokenSymbolicLink = "READ004";

    public const string OutputCollision = "FILE001";
    public const string MissingLocalFile = "FILE002";
    public const string PublishedFileTooLarge = "FILE003";

    public const string CacheUnusable = "CACHE001";

    public const string TemplateSyntax = "TPL001";
    public const string TemplateRuntime = "TPL002";
    public const string TemplateMissing = "TPL003";

    public const string NoBaseUrl = "PUB001";
}
