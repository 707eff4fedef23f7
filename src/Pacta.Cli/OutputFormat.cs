namespace Pacta.Cli;

public enum OutputFormat
{
    Table,
    Json,
    Jsonl,
    Csv,
}
