using System.Text;
using Workflows.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error);
