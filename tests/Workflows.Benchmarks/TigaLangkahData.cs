namespace Workflows.Benchmarks;

/// <summary>The data of the peer's benchmark workflow: none, as <c>bench.tiga-langkah</c> is started with none.</summary>
internal sealed class TigaLangkahData
{
}
