package org.eden.portail.shared;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The nodes of the test cluster, started by the documented script wildfly-config/cluster/cluster.sh
 * and always stopped by their PIDs: by {@link #close()}, and by a JVM shutdown hook if the test JVM
 * ends first.
 * <p>
 * As root, the nodes run in a private network namespace (eden-cl&lt;offset&gt;) joined to the host by
 * a veth pair 10.231.X.1 (host) / 10.231.X.2 (nodes), X derived from the suite's port offset: their
 * HTTP, management and JGroups ports (offsets 0 and 100 inside) meet nothing else on the machine,
 * and PostgreSQL, which listens on the host's loopback, is reached through a {@link Relais} on
 * 10.231.X.1:5432. Otherwise they run on 127.0.0.1 with the offsets {@code eden.it.cluster.offset}
 * (default 10 x eden.it.port.offset) and 100 more.
 */
public final class NoeudsCluster implements AutoCloseable {

    private final Path script = Path.of(System.getProperty("eden.cluster.script"));
    private final Path serveur = Path.of(System.getProperty("eden.cluster.serveur"));
    private final Path dossier = Path.of(System.getProperty("eden.cluster.dossier"));
    private final int offsetSuite = Integer.parseInt(System.getProperty("eden.it.port.offset", "400"));
    private final boolean espaceReseau;
    private final String netns;
    private final String vethHote;
    private final String adresseHote;
    private final String adresseNoeuds;
    private final int offsetNoeuds;
    /** Node number → PID of its JVM, the latest start of that node. */
    private final Map<Integer, Long> pids = new HashMap<>();
    private final Thread crochetArret = new Thread(this::tuerTout, "arret-noeuds-cluster");
    private Relais relaisBase;

    /** The nodes to come, in the HA server where the EAR under test is deployed now (the script copies it per node). */
    public NoeudsCluster() throws IOException {
        Files.copy(Path.of(System.getProperty("eden.ear")), serveur.resolve("standalone/deployments/eden.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        espaceReseau = "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/ip"))
                && !Boolean.getBoolean("eden.it.cluster.sans-namespace");
        int x = (offsetSuite / 10) % 250 + 1;
        netns = "eden-cl" + offsetSuite;
        vethHote = "ecl" + offsetSuite + "h";
        adresseHote = "10.231." + x + ".1";
        adresseNoeuds = espaceReseau ? "10.231." + x + ".2" : "127.0.0.1";
        String choisi = System.getProperty("eden.it.cluster.offset", "");
        offsetNoeuds = espaceReseau ? 0 : choisi.isBlank() ? 10 * offsetSuite : Integer.parseInt(choisi);
        Runtime.getRuntime().addShutdownHook(crochetArret);
    }

    public boolean enEspaceReseau() {
        return espaceReseau;
    }

    public String description() {
        return espaceReseau
                ? "namespace " + netns + ", nœuds sur " + adresseNoeuds + " (offsets 0 et 100)"
                : "nœuds sur 127.0.0.1, offsets " + offsetNoeuds + " et " + (offsetNoeuds + 100);
    }

    /** http://host:port of node k (1-based), as the test JVM reaches it. */
    public String base(int k) {
        return "http://" + adresseNoeuds + ":" + (8080 + offsetNoeuds + 100 * (k - 1));
    }

    public InetSocketAddress adresseHttp(int k) {
        return new InetSocketAddress(adresseNoeuds, 8080 + offsetNoeuds + 100 * (k - 1));
    }

    /**
     * Starts nodes 1 to n one after the other with the script (those already running are left as
     * they are: after {@link #tuer} it restarts the killed one), on the test's PostgreSQL database.
     * Returns the script's output.
     */
    public String demarrer(int n, BaseDuCluster base, String optionsServeur) throws IOException, InterruptedException {
        String urlNoeuds = base.url();
        if (espaceReseau && relaisBase == null) {
            preparerEspaceReseau();
            relaisBase = new Relais(new InetSocketAddress(adresseHote, 5432),
                    List.of(new InetSocketAddress("127.0.0.1", 5432)));
        }
        if (espaceReseau) {
            urlNoeuds = base.url().replace("//127.0.0.1:5432/", "//" + adresseHote + ":5432/");
        }
        Map<String, String> env = new HashMap<>();
        env.put("EDEN_CLUSTER_SERVEUR", serveur.toString());
        env.put("EDEN_CLUSTER_DOSSIER", dossier.toString());
        env.put("EDEN_CLUSTER_OFFSET", String.valueOf(offsetNoeuds));
        env.put("EDEN_CLUSTER_ADRESSE", adresseNoeuds);
        env.put("EDEN_DB_URL", urlNoeuds);
        env.put("EDEN_DB_USER", base.utilisateur());
        env.put("EDEN_DB_PASSWORD", base.motDePasse());
        env.put("EDEN_CLUSTER_OPTS", optionsServeur);
        if (espaceReseau) {
            env.put("EDEN_CLUSTER_NETNS", netns);
        }
        try {
            return executer(List.of(script.toString(), "start", String.valueOf(n)), env, 600);
        } finally {
            for (int k = 1; k <= n; k++) {
                Path fichier = dossier.resolve("noeud" + k).resolve("pid");
                if (Files.exists(fichier)) {
                    pids.put(k, Long.parseLong(Files.readString(fichier).trim()));
                }
            }
        }
    }

    public long pid(int k) {
        return pids.get(k);
    }

    /**
     * The address the nodes reach the test JVM on (a GreenMail relay, say): the host's end of the
     * veth pair in a namespace, the loopback otherwise. In a namespace it exists once the nodes
     * have been started a first time.
     */
    public String adresseHoteVueDesNoeuds() {
        return espaceReseau ? adresseHote : "127.0.0.1";
    }

    /** Resident memory of node k, in MiB (from /proc). */
    public long rssMo(int k) throws IOException {
        for (String ligne : Files.readAllLines(Path.of("/proc/" + pid(k) + "/status"))) {
            if (ligne.startsWith("VmRSS:")) {
                return Long.parseLong(ligne.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("VmRSS absent pour le PID " + pid(k));
    }

    /** kill -9 of node k's JVM, by its PID; returns once the process is gone. */
    public void tuer(int k) throws IOException, InterruptedException {
        long pid = pid(k);
        executer(List.of("kill", "-9", String.valueOf(pid)), Map.of(), 10);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    private void preparerEspaceReseau() throws IOException, InterruptedException {
        supprimerEspaceReseau();
        String vethNoeuds = "ecl" + offsetSuite + "n";
        String adresseNoeudsCidr = adresseNoeuds + "/30";
        ip("netns", "add", netns);
        ip("link", "add", vethHote, "type", "veth", "peer", "name", vethNoeuds);
        ip("link", "set", vethNoeuds, "netns", netns);
        ip("addr", "add", adresseHote + "/30", "dev", vethHote);
        ip("link", "set", vethHote, "up");
        ip("netns", "exec", netns, "ip", "addr", "add", adresseNoeudsCidr, "dev", vethNoeuds);
        ip("netns", "exec", netns, "ip", "link", "set", vethNoeuds, "up");
        ip("netns", "exec", netns, "ip", "link", "set", "lo", "up");
    }

    private void supprimerEspaceReseau() {
        // Leftovers of an interrupted run: deleting the namespace also deletes its end of the pair.
        try {
            executer(List.of("ip", "netns", "del", netns), Map.of(), 10);
        } catch (IOException | InterruptedException | RuntimeException absent) {
            // not there
        }
        try {
            executer(List.of("ip", "link", "del", vethHote), Map.of(), 10);
        } catch (IOException | InterruptedException | RuntimeException absent) {
            // not there
        }
    }

    private static void ip(String... arguments) throws IOException, InterruptedException {
        List<String> commande = new ArrayList<>();
        commande.add("ip");
        commande.addAll(List.of(arguments));
        executer(commande, Map.of(), 20);
    }

    private static String executer(List<String> commande, Map<String, String> env, int secondes)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(commande).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path sortie = Files.createTempFile("eden-cluster", ".log");
        pb.redirectOutput(sortie.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(secondes, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(commande + " : pas de fin en " + secondes + " s");
            }
            String texte = Files.readString(sortie, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(commande + " : code " + p.exitValue() + "\n" + texte);
            }
            return texte;
        } finally {
            Files.deleteIfExists(sortie);
        }
    }

    /** The last resort, also run by the shutdown hook: kill -9 every node still alive. */
    private void tuerTout() {
        for (long pid : pids.values()) {
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().join();
            });
        }
        if (espaceReseau) {
            supprimerEspaceReseau();
        }
    }

    /** Stops the nodes by their PIDs (the script's stop, then kill -9 of any survivor). */
    @Override
    public void close() throws IOException {
        try {
            executer(List.of(script.toString(), "stop"),
                    Map.of("EDEN_CLUSTER_DOSSIER", dossier.toString(), "EDEN_CLUSTER_OFFSET", String.valueOf(offsetNoeuds)), 120);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("Arrêt du cluster par le script : " + e.getMessage());
        } finally {
            tuerTout();
            if (relaisBase != null) {
                relaisBase.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(crochetArret);
            } catch (IllegalStateException arretEnCours) {
                // the JVM is already stopping: the hook runs anyway
            }
        }
    }
}
