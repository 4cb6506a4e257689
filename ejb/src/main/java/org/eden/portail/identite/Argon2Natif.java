package org.eden.portail.identite;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;

/**
 * Argon2id computed by libargon2, the reference C implementation, shipped in the argon2-jvm jar for
 * each platform and called through JNA: 3 to 4 times the speed of the Java implementation behind
 * Shiro's password service at the same parameters, for the same bytes. Kept apart so that a
 * platform without the library (or a JVM refusing native code) loads this class and nothing more:
 * {@link #charger()} then says so once, and the hashes go through Shiro's Java code.
 */
final class Argon2Natif {

    private static final Logger LOG = Logger.getLogger(Argon2Natif.class.getName());

    private final Argon2Advanced argon2;

    /**
     * One hash per core at a time. Argon2id is memory-hard (19 MiB walked twice per hash): eight
     * logins hashing at once on two cores evict each other's memory from the caches and all finish
     * later than if they had queued. Fair, so that a login waits its turn and no longer.
     */
    private final Semaphore coeurs = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    private Argon2Natif(Argon2Advanced argon2) {
        this.argon2 = argon2;
    }

    /** The native implementation if this platform can load it (one trial hash proves it). */
    static Optional<Argon2Natif> charger() {
        try {
            Argon2Natif natif = new Argon2Natif(Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id));
            natif.hacher(1, 8, 1, new byte[]{1}, new byte[16], 32);
            return Optional.of(natif);
        } catch (LinkageError | RuntimeException indisponible) {
            LOG.warning(() -> "libargon2 indisponible sur cette plateforme (" + indisponible
                    + ") : les mots de passe sont hachés par l'implémentation Java de Shiro, plus lente.");
            return Optional.empty();
        }
    }

    /** The raw Argon2id (version 19) of {@code motDePasse} with that salt, parameters and length. */
    byte[] hacher(int iterations, int memoireKib, int parallelisme, byte[] motDePasse, byte[] sel, int longueur) {
        coeurs.acquireUninterruptibly();
        try {
            return argon2.pbkdf(iterations, memoireKib, parallelisme, motDePasse, sel, longueur);
        } finally {
            coeurs.release();
        }
    }
}
