package org.eden.portail.identite;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.lang.util.ByteSource;

import java.security.SecureRandom;
import java.util.Map;

/**
 * Password hashes (R-PWD-5): Shiro's password service with Argon2id at OWASP's parameters
 * (19 MiB of memory, 2 iterations, parallelism 1; Shiro's own defaults are t=1, m=64 MiB, p=4) and
 * a random salt. The stored string ({@code $shiro2$argon2id$v=19$t=2,m=19456,p=1$salt$hash})
 * carries its parameters, so they can be raised later without invalidating existing hashes.
 */
public final class HachageMotDePasse {

    static final int ITERATIONS = 2;
    static final int MEMOIRE_KIB = 19 * 1024;
    static final int PARALLELISME = 1;

    private static final DefaultPasswordService SERVICE = service();
    private static final SecureRandom ALEA = new SecureRandom();

    /**
     * A hash of a password nobody has: checked when an identifier is unknown, so that a login with
     * a wrong identifier costs the same time as one with a wrong password (R-AUTH-1).
     */
    private static final String LEURRE = hacher("leurre-" + ALEA.nextLong());

    private HachageMotDePasse() {
    }

    private static DefaultPasswordService service() {
        DefaultHashService hachage = new DefaultHashService();
        hachage.setDefaultAlgorithmName("argon2id");
        // Shiro's Argon2 provider reads its parameters as strings.
        hachage.setParameters(Map.of(
                "Argon2.iterations", String.valueOf(ITERATIONS),
                "Argon2.memoryKib", String.valueOf(MEMOIRE_KIB),
                "Argon2.parallelism", String.valueOf(PARALLELISME)));
        DefaultPasswordService service = new DefaultPasswordService() {
            // Shiro 2.2's password service names the algorithm in its hash requests but drops the
            // hash service's parameters, so Argon2 would silently fall back to its defaults.
            @Override
            protected HashRequest createHashRequest(ByteSource motDePasse) {
                return new HashRequest.Builder().setSource(motDePasse)
                        .setAlgorithmName(getHashService().getDefaultAlgorithmName())
                        .withParameters(getHashService().getParameters())
                        .build();
            }
        };
        service.setHashService(hachage);
        return service;
    }

    public static String hacher(String motDePasse) {
        return SERVICE.encryptPassword(motDePasse);
    }

    public static boolean verifier(String motDePasse, String hash) {
        if (motDePasse == null || motDePasse.isEmpty() || hash == null) {
            return false;
        }
        return SERVICE.passwordsMatch(motDePasse, hash);
    }

    /** Spends the time of one verification, and always answers no. */
    public static boolean verifierLeurre(String motDePasse) {
        verifier(motDePasse == null || motDePasse.isEmpty() ? "-" : motDePasse, LEURRE);
        return false;
    }
}
