using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Workflows.Deployment.Tests;

/// <summary>The files in <c>deploy/</c> parse and carry what running several nodes needs.</summary>
public sealed class DeploymentFilesTests
{
    private static string Deploy => Path.Combine(RepositoryPaths.Root, "deploy");

    [Test]
    public void The_compose_file_runs_postgres_rabbitmq_two_server_replicas_and_a_proxy()
    {
        var compose = Load(Path.Combine(Deploy, "compose", "compose.yaml")).Single();
        var services = (YamlMappingNode)compose["services"];

        Assert.That(services.Children.Keys.Select(k => k.ToString()), Is.SupersetOf(new[] { "postgres", "rabbitmq", "workflows", "proxy" }));
        var server = (YamlMappingNode)services["workflows"];
        Assert.That(server["deploy"]["replicas"].ToString(), Is.EqualTo("2"));
        var environment = ((YamlMappingNode)server["environment"]).Children.Keys.Select(k => k.ToString()).ToList();
        Assert.That(environment, Is.SupersetOf(new[] { "ConnectionStrings__Workflows", "Workflows__Bus__RabbitMq", "Auth__SigningKey" }));
        Assert.That(File.Exists(Path.Combine(Deploy, "compose", "nginx.conf")), "the proxy's configuration");
        Assert.That(File.ReadAllText(Path.Combine(Deploy, "compose", "nginx.conf")), Does.Contain("proxy_pass http://workflows"));

        // Where the Docker client with the compose plugin exists, it must accept the file too.
        if (Runs("docker", "compose version"))
        {
            var env = new Dictionary<string, string> { ["WORKFLOWS_DB_PASSWORD"] = "x", ["WORKFLOWS_RABBITMQ_PASSWORD"] = "x", ["WORKFLOWS_SIGNING_KEY"] = new string('k', 32) };
            Assert.That(Runs("docker", $"compose -f \"{Path.Combine(Deploy, "compose", "compose.yaml")}\" config -q", env), "docker compose config");
        }
    }

    [Test]
    public void The_servers_run_as_a_role_that_owns_nothing_after_a_migration_step_as_the_owner()
    {
        var services = (YamlMappingNode)Load(Path.Combine(Deploy, "compose", "compose.yaml")).Single()["services"];
        var migrate = (YamlMappingNode)services["migrate"]["environment"];
        Assert.That(migrate["Workflows__MigrateOnly"].ToString(), Is.EqualTo("true"));
        Assert.That(migrate["ConnectionStrings__WorkflowsOwner"].ToString(), Does.Contain("Username=workflows;"));
        var server = (YamlMappingNode)services["workflows"];
        Assert.That(server["environment"]["ConnectionStrings__Workflows"].ToString(), Does.Contain("Username=workflows_app;"));
        Assert.That(((YamlMappingNode)server["environment"]).Children.Keys.Select(k => k.ToString()), Does.Not.Contain("ConnectionStrings__WorkflowsOwner"));
        Assert.That(server["depends_on"]["migrate"]["condition"].ToString(), Is.EqualTo("service_completed_successfully"));
        Assert.That(File.ReadAllText(Path.Combine(Deploy, "compose", "postgres-roles.sh")), Does.Contain("CREATE ROLE workflows_app"));

        var deployment = Directory.EnumerateFiles(Path.Combine(Deploy, "k8s"), "*.yaml").SelectMany(Load).Single(d => d["kind"].ToString() == "Deployment");
        var pod = deployment["spec"]["template"]["spec"];
        var init = (YamlMappingNode)((YamlSequenceNode)pod["initContainers"]).Children[0];
        var initEnv = ((YamlSequenceNode)init["env"]).Children.Cast<YamlMappingNode>().Select(e => e["name"].ToString()).ToList();
        Assert.That(initEnv, Is.SupersetOf(new[] { "Workflows__MigrateOnly", "ConnectionStrings__WorkflowsOwner" }));
        var serverEnv = ((YamlSequenceNode)((YamlSequenceNode)pod["containers"]).Children[0]["env"]).Children.Cast<YamlMappingNode>().Select(e => e["name"].ToString());
        Assert.That(serverEnv, Does.Not.Contain("ConnectionStrings__WorkflowsOwner"), "the server never sees the owner's password");
    }

    [Test]
    public void The_kubernetes_manifests_have_probes_secret_references_a_service_a_configmap_and_a_disruption_budget()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(Deploy, "k8s"), "*.yaml").SelectMany(Load).ToList();
        var byKind = documents.ToDictionary(d => d["kind"].ToString(), d => d);

        Assert.That(byKind.Keys, Is.SupersetOf(new[] { "Deployment", "Service", "ConfigMap", "PodDisruptionBudget" }));
        foreach (var document in documents)
        {
            Assert.That(document.Children.Keys.Select(k => k.ToString()), Is.SupersetOf(new[] { "apiVersion", "kind", "metadata" }), document["kind"].ToString());
        }

        var container = (YamlMappingNode)((YamlSequenceNode)byKind["Deployment"]["spec"]["template"]["spec"]["containers"]).Children[0];
        Assert.That(container["readinessProbe"]["httpGet"]["path"].ToString(), Is.EqualTo("/health/ready"));
        Assert.That(container["livenessProbe"]["httpGet"]["path"].ToString(), Is.EqualTo("/health/live"));
        var secrets = ((YamlSequenceNode)container["env"]).Children.Cast<YamlMappingNode>()
            .Where(e => e.Children.ContainsKey("valueFrom")).Select(e => e["valueFrom"]["secretKeyRef"]["name"].ToString()).ToList();
        Assert.That(secrets, Has.Count.GreaterThanOrEqualTo(2).And.All.EqualTo("workflows-secrets"));
        Assert.That(int.Parse(byKind["Deployment"]["spec"]["replicas"].ToString(), System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(2));
        var selector = byKind["Service"]["spec"]["selector"]["app.kubernetes.io/name"].ToString();
        Assert.That(byKind["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"]["app.kubernetes.io/name"].ToString(), Is.EqualTo(selector));
    }

    [Test]
    public void The_systemd_unit_restarts_the_server_and_reads_its_settings_from_an_environment_file()
    {
        var unit = File.ReadAllLines(Path.Combine(Deploy, "systemd", "workflows.service"));

        Assert.That(unit, Does.Contain("[Service]").And.Contain("[Install]"));
        Assert.That(unit, Has.Some.StartsWith("ExecStart=").And.Some.StartsWith("EnvironmentFile=").And.Some.EqualTo("Restart=always"));
    }

    private static IEnumerable<YamlMappingNode> Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode);
    }

    private static bool Runs(string file, string arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        try
        {
            var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            {
                info.Environment[key] = value;
            }

            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
