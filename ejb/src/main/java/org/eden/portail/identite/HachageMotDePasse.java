package org.eden.portail.identite;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.lang.util.ByteSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Password hashes (R-PWD-5): Shiro's password service with Argon2id at OWASP's parameters
 * (19 MiB of memory, 2 iterations, parallelism 1; Shiro's own defaults are t=1, m=64 MiB, p=4) and
 * a random salt. The stored string ({@code $shiro2$argon2id$v=19$t=2,m=19456,p=1$salt$hash})
 * carries its parameters, so they can be raised later without invalidating existing hashes.
 * <p>
 * The Argon2id itself is computed by libargon2 ({@link Argon2Natif}) whenever the platform has it:
 * same string, same bytes as Shiro's Java implementation (each verifies the other's hashes), three
 * to four times faster, which is most of a login's time. Anything else Shiro's service can read
 * (another algorithm, another version of Argon2) still goes through Shiro.
 */
public final class HachageMotDePasse {

    static final int ITERATIONS = 2;
    static final int MEMOIRE_KIB = 19 * 1024;
    static final int PARALLELISME = 1;

    /** Shiro's format: {@code $shiro2$argon2id$v=19$t=…,m=…,p=…$sel$hash}, Base64 without padding. */
    private static final String PREFIXE = "$shiro2$argon2id$v=19$";
    private static final int SEL_OCTETS = 16;
    private static final int HASH_OCTETS = 32;

    private static final DefaultPasswordService SERVICE = service();
    private static final Optional<Argon2Natif> NATIF = Argon2Natif.charger();
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
        if (NATIF.isEmpty()) {
            return SERVICE.encryptPassword(motDePasse);
        }
        byte[] sel = new byte[SEL_OCTETS];
        ALEA.nextBytes(sel);
        byte[] hash = NATIF.get().hacher(ITERATIONS, MEMOIRE_KIB, PARALLELISME, octets(motDePasse), sel, HASH_OCTETS);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIXE + "t=" + ITERATIONS + ",m=" + MEMOIRE_KIB + ",p=" + PARALLELISME
                + "$" + base64.encodeToString(sel) + "$" + base64.encodeToString(hash);
    }

    public static boolean verifier(String motDePasse, String hash) {
        if (motDePasse == null || motDePasse.isEmpty() || hash == null) {
            return false;
        }
        Optional<Argon2id> stocke = NATIF.isPresent() ? Argon2id.lire(hash) : Optional.empty();
        if (stocke.isEmpty()) {
            return SERVICE.passwordsMatch(motDePasse, hash);
        }
        Argon2id a = stocke.get();
        byte[] calcule = NATIF.get().hacher(a.iterations(), a.memoireKib(), a.parallelisme(), octets(motDePasse),
                a.sel(), a.hash().length);
        return MessageDigest.isEqual(calcule, a.hash()); // constant time: no hint by the first wrong byte
    }

    /** Shiro's Java implementation, the reference the native one must agree with (tests, benchmark). */
    static DefaultPasswordService shiro() {
        return SERVICE;
    }

    /** Whether this server hashes with libargon2 (the benchmark prints it; false: Shiro's Java code). */
    public static boolean natif() {
        return NATIF.isPresent();
    }

    /** The password's bytes as Shiro takes them (UTF-8), so that both implementations agree. */
    private static byte[] octets(String motDePasse) {
        return motDePasse.getBytes(StandardCharsets.UTF_8);
    }

    /** A stored Argon2id hash in Shiro's format, read apart. */
    record Argon2id(int iterations, int memoireKib, int parallelisme, byte[] sel, byte[] hash) {

        static Optional<Argon2id> lire(String stocke) {
            if (!stocke.startsWith(PREFIXE)) {
                return Optional.empty();
            }
            String[] parties = stocke.substring(PREFIXE.length()).split("\\$");
            if (parties.length != 3) {
                return Optional.empty();
            }
            Map<String, Integer> parametres = new HashMap<>();
            try {
                for (String parametre : parties[0].split(",")) {
                    String[] cleValeur = parametre.split("=", 2);
                    parametres.put(cleValeur[0], Integer.valueOf(cleValeur[1]));
                }
                Base64.Decoder base64 = Base64.getDecoder();
                Integer t = parametres.get("t");
                Integer m = parametres.get("m");
                Integer p = parametres.get("p");
                if (t == null || m == null || p == null) {
                    return Optional.empty();
                }
                return Optional.of(new Argon2id(t, m, p, base64.decode(parties[1]), base64.decode(parties[2])));
            } catch (RuntimeException illisible) {
                return Optional.empty(); // not ours to read: Shiro's service will say
            }
        }
    }

    /** Spends the time of one verification, and always answers no. */
    public static boolean verifierLeurre(String motDePasse) {
        verifier(motDePasse == null || motDePasse.isEmpty() ? "-" : motDePasse, LEURRE);
        return false;
    }
}
