using Microsoft.Data.Sqlite;

namespace Pacta.Storage.Sqlite;

/// <summary>
/// The statements of one write transaction, each compiled once and run again with new values. A new SqliteCommand
/// compiles its SQL on every run, and for a batch of documents (a few dozen statements each) compiling cost more
/// than running; a command kept and re-bound skips it. The parameters of a statement must come in the same order on
/// every run.
/// </summary>
internal sealed class SqliteStatements(SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteTransaction Transaction => transaction;

    public int Execute(string sql, params (string Name, object? Value)[] parameters) => Bind(sql, parameters).ExecuteNonQuery();

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var value = Bind(sql, parameters).ExecuteScalar();
        return value is null or DBNull ? default : (T)value;
    }

    public List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<T>();
        using var reader = Bind(sql, parameters).ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private SqliteCommand Bind(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            _commands.Add(sql, command);
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }
}
