package org.eden.portail.shared;

/**
 * This server in a cluster: what work running on it is labelled with, so that the node that
 * restarts can tell its own interrupted work from the others' (the statistics imports).
 */
public final class Noeud {

    private Noeud() {
    }

    /** WildFly's {@code jboss.node.name} (the host name by default); « local » if unset. */
    public static String nom() {
        String nom = System.getProperty("jboss.node.name");
        return nom == null || nom.isBlank() ? "local" : nom;
    }
}
