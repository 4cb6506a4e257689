package org.eden.portail.identite;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HachageMotDePasseTest {

    @Test
    @DisplayName("R-PWD-5 : Argon2id aux paramètres OWASP (19 Mio, 2 itérations, parallélisme 1), salé")
    void argon2idOwasp() {
        String hash = HachageMotDePasse.hacher("Eden#Demo2026");
        assertTrue(hash.startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$"), hash);
        assertFalse(hash.contains("Eden#Demo2026"));
        assertNotEquals(hash, HachageMotDePasse.hacher("Eden#Demo2026"), "each hash has its own salt");
    }

    @Test
    @DisplayName("R-PWD-5 : le bon mot de passe est reconnu, un autre non")
    void verification() {
        String hash = HachageMotDePasse.hacher("Eden#Demo2026");
        assertTrue(HachageMotDePasse.verifier("Eden#Demo2026", hash));
        assertFalse(HachageMotDePasse.verifier("eden#Demo2026", hash));
        assertFalse(HachageMotDePasse.verifier("", hash));
        assertFalse(HachageMotDePasse.verifier(null, hash));
    }

    @Test
    @DisplayName("R-AUTH-1 : un identifiant inconnu coûte une vérification et n'aboutit jamais")
    void leurre() {
        assertFalse(HachageMotDePasse.verifierLeurre("Eden#Demo2026"));
        assertFalse(HachageMotDePasse.verifierLeurre(null));
    }

    @Test
    @DisplayName("R-PWD-5 : libargon2 et l'implémentation Java de Shiro donnent les mêmes hashes : chacune vérifie ceux de l'autre, accents compris")
    void natifEtShiroSAccordent() {
        assertTrue(HachageMotDePasse.natif(), "libargon2 is shipped for this platform (linux-x86-64)");
        for (String motDePasse : new String[]{"Eden#Demo2026", "Électricité#Noël2026", "ß€𝄞-Ünïcodé-9"}) {
            String parShiro = HachageMotDePasse.shiro().encryptPassword(motDePasse);
            assertTrue(HachageMotDePasse.verifier(motDePasse, parShiro), "a hash stored by Shiro verifies natively");
            assertFalse(HachageMotDePasse.verifier(motDePasse + "x", parShiro));
            String natif = HachageMotDePasse.hacher(motDePasse);
            assertTrue(HachageMotDePasse.shiro().passwordsMatch(motDePasse, natif), "a native hash verifies in Shiro: " + natif);
            assertFalse(HachageMotDePasse.shiro().passwordsMatch(motDePasse + "x", natif));
        }
    }

    @Test
    @DisplayName("R-PWD-5 : un hash garde ses paramètres : d'autres (plus anciens, ou relevés plus tard) se vérifient toujours, par les deux implémentations")
    void autresParametres() {
        byte[] sel = new byte[16];
        byte[] hash = Argon2Natif.charger().orElseThrow()
                .hacher(1, 8192, 2, "Eden#Demo2026".getBytes(java.nio.charset.StandardCharsets.UTF_8), sel, 32);
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder().withoutPadding();
        String ancien = "$shiro2$argon2id$v=19$t=1,m=8192,p=2$" + base64.encodeToString(sel) + "$" + base64.encodeToString(hash);
        assertTrue(HachageMotDePasse.verifier("Eden#Demo2026", ancien));
        assertFalse(HachageMotDePasse.verifier("Eden#Demo2027", ancien));
        assertTrue(HachageMotDePasse.shiro().passwordsMatch("Eden#Demo2026", ancien), "Shiro reads the same parameters");

        HachageMotDePasse.Argon2id lu = HachageMotDePasse.Argon2id.lire(ancien).orElseThrow();
        assertTrue(lu.iterations() == 1 && lu.memoireKib() == 8192 && lu.parallelisme() == 2 && lu.sel().length == 16
                && lu.hash().length == 32, lu.toString());
        assertTrue(HachageMotDePasse.Argon2id.lire("$shiro2$argon2id$v=19$t=2$abc").isEmpty(), "left to Shiro");
        assertTrue(HachageMotDePasse.Argon2id.lire("$shiro2$argon2id$v=19$t=x,m=1,p=1$AA$AA").isEmpty(), "left to Shiro");
        assertTrue(HachageMotDePasse.Argon2id.lire("$shiro2$argon2id$v=16$t=2,m=19456,p=1$AA$AA").isEmpty(), "another version: Shiro's");
    }
}
