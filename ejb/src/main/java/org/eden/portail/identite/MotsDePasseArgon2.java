package org.eden.portail.identite;

import org.apache.shiro.authc.credential.PasswordService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shiro's {@link PasswordService} for the portal's Argon2id hashes, with the {@link Argon2id}
 * implementation it is given. It writes and reads the string Shiro 2 writes
 * ({@code $shiro2$argon2id$v=19$t=2,m=19456,p=1$<salt>$<hash>}, salt and hash in Base64 without
 * padding): hashes stored before it verify unchanged, and Shiro's own service reads the ones it
 * writes. The cost is read from each stored string, so raising it later keeps old hashes valid.
 * Anything else it cannot read is handed to {@code autre} (Shiro's service).
 */
public final class MotsDePasseArgon2 implements PasswordService {

    private static final Pattern FORMAT = Pattern.compile(
            "\\$shiro2\\$argon2id\\$v=19\\$t=(\\d+),m=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int SEL = 16;
    private static final int LONGUEUR = 32;

    private final Argon2id argon2;
    private final PasswordService autre;
    private final int iterations;
    private final int memoireKib;
    private final int parallelisme;
    private final SecureRandom alea = new SecureRandom();

    public MotsDePasseArgon2(Argon2id argon2, PasswordService autre, int iterations, int memoireKib, int parallelisme) {
        this.argon2 = argon2;
        this.autre = autre;
        this.iterations = iterations;
        this.memoireKib = memoireKib;
        this.parallelisme = parallelisme;
    }

    @Override
    public String encryptPassword(Object motDePasse) {
        byte[] sel = new byte[SEL];
        alea.nextBytes(sel);
        byte[] hash = argon2.hacher(octets(motDePasse), sel, iterations, memoireKib, parallelisme, LONGUEUR);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$shiro2$argon2id$v=19$t=" + iterations + ",m=" + memoireKib + ",p=" + parallelisme
                + "$" + base64.encodeToString(sel) + "$" + base64.encodeToString(hash);
    }

    @Override
    public boolean passwordsMatch(Object motDePasse, String stocke) {
        Matcher m = stocke == null ? null : FORMAT.matcher(stocke);
        if (m == null || !m.matches()) {
            return autre.passwordsMatch(motDePasse, stocke);
        }
        byte[] attendu = Base64.getDecoder().decode(m.group(5));
        byte[] calcule = argon2.hacher(octets(motDePasse), Base64.getDecoder().decode(m.group(4)),
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), attendu.length);
        return MessageDigest.isEqual(attendu, calcule);
    }

    public String implementation() {
        return argon2.nom();
    }

    private static byte[] octets(Object motDePasse) {
        if (motDePasse instanceof char[] caracteres) {
            return new String(caracteres).getBytes(StandardCharsets.UTF_8);
        }
        return String.valueOf(motDePasse).getBytes(StandardCharsets.UTF_8);
    }
}
