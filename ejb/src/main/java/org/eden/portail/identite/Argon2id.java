package org.eden.portail.identite;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Raw Argon2id (version 1.3): a password, a salt and the cost give the hash bytes. Two
 * implementations give the same bytes: libargon2 itself, through the JNA binding whose jar ships
 * the library for the usual systems ({@link #natif()}), and Bouncy Castle's pure Java one, the one
 * Shiro uses ({@link #java()}). The native one verifies about twice as many passwords per second
 * on the same cores (docs/mesures.md): it is the portal's, the Java one stays as a fallback where
 * the library cannot be loaded.
 */
public interface Argon2id {

    byte[] hacher(byte[] motDePasse, byte[] sel, int iterations, int memoireKib, int parallelisme, int longueur);

    String nom();

    /** libargon2, or the Java implementation when the native library does not load here. */
    static Argon2id leMeilleur() {
        try {
            Argon2id natif = natif();
            natif.hacher(new byte[]{1}, new byte[16], 1, 8, 1, 32); // loads the library now, not at the first login
            return natif;
        } catch (LinkageError | RuntimeException e) {
            Logger.getLogger(Argon2id.class.getName()).log(Level.WARNING,
                    "libargon2 indisponible ici : Argon2id en Java (Bouncy Castle), deux fois plus lent", e);
            return java();
        }
    }

    static Argon2id natif() {
        Argon2Advanced argon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
        return new Argon2id() {
            @Override
            public byte[] hacher(byte[] motDePasse, byte[] sel, int iterations, int memoireKib, int parallelisme, int longueur) {
                return argon2.pbkdf(iterations, memoireKib, parallelisme, motDePasse, sel, longueur);
            }

            @Override
            public String nom() {
                return "libargon2 (natif)";
            }
        };
    }

    static Argon2id java() {
        return new Argon2id() {
            @Override
            public byte[] hacher(byte[] motDePasse, byte[] sel, int iterations, int memoireKib, int parallelisme, int longueur) {
                Argon2BytesGenerator generateur = new Argon2BytesGenerator();
                generateur.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                        .withIterations(iterations).withMemoryAsKB(memoireKib).withParallelism(parallelisme)
                        .withSalt(sel).build());
                byte[] hash = new byte[longueur];
                generateur.generateBytes(motDePasse, hash);
                return hash;
            }

            @Override
            public String nom() {
                return "Bouncy Castle (Java)";
            }
        };
    }
}
