package org.eden.portail.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/**
 * A TCP relay in the test JVM. Each connection it accepts goes to the first target that accepts
 * it, in order: for HTTP, that is what a sticky load balancer with failover does for one user (all
 * to node 1 while it lives, then to node 2, the browser keeping its cookie); for PostgreSQL, it
 * lets the nodes of a network namespace reach the database listening on the host's loopback.
 * When either side closes, both do: a browser then opens a new connection for its next request.
 */
public final class Relais implements AutoCloseable {

    private final ServerSocket ecoute;
    private final List<InetSocketAddress> cibles;

    public Relais(InetSocketAddress adresse, List<InetSocketAddress> cibles) throws IOException {
        this.cibles = List.copyOf(cibles);
        this.ecoute = new ServerSocket();
        ecoute.setReuseAddress(true);
        ecoute.bind(adresse);
        Thread accepteur = new Thread(this::accepter, "relais-" + adresse.getPort());
        accepteur.setDaemon(true);
        accepteur.start();
    }

    public int port() {
        return ecoute.getLocalPort();
    }

    private void accepter() {
        while (!ecoute.isClosed()) {
            try {
                Socket client = ecoute.accept();
                Thread t = new Thread(() -> relayer(client), "relais-connexion");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relayer(Socket client) {
        Socket cible = null;
        for (InetSocketAddress adresse : cibles) {
            try {
                cible = new Socket();
                cible.connect(adresse, 2000);
                break;
            } catch (IOException refus) {
                fermer(cible);
                cible = null;
            }
        }
        if (cible == null) {
            fermer(client);
            return;
        }
        Socket amont = cible;
        Thread retour = new Thread(() -> copier(amont, client), "relais-retour");
        retour.setDaemon(true);
        retour.start();
        copier(client, amont);
    }

    private static void copier(Socket de, Socket vers) {
        byte[] tampon = new byte[16 * 1024];
        try (InputStream entree = de.getInputStream(); OutputStream sortie = vers.getOutputStream()) {
            int lus;
            while ((lus = entree.read(tampon)) >= 0) {
                sortie.write(tampon, 0, lus);
                sortie.flush();
            }
        } catch (IOException fin) {
            // One side went away (a killed node resets its connections): close both.
        } finally {
            fermer(de);
            fermer(vers);
        }
    }

    private static void fermer(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignoree) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        ecoute.close();
    }
}
