package org.eden.portail.identite;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotsDePasseArgon2Test {

    private static final String MOT = "Clair#Matin2026";

    @Test
    @DisplayName("R-PWD-5 : libargon2 et l'implémentation Java de Shiro donnent les mêmes octets Argon2id")
    void memesOctets() {
        byte[] sel = "sel-de-seize-oct".getBytes(StandardCharsets.UTF_8);
        byte[] mot = MOT.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(Argon2id.java().hacher(mot, sel, 2, 1024, 1, 32), Argon2id.natif().hacher(mot, sel, 2, 1024, 1, 32));
        assertEquals("libargon2 (natif)", HachageMotDePasse.implementation(), "the jar's library loads on this machine");
    }

    @Test
    @DisplayName("R-PWD-5 : les hachages écrits par Shiro se vérifient en natif, et Shiro lit ceux du service natif")
    void formatDeShiroConserve() {
        DefaultPasswordService shiro = HachageMotDePasse.serviceShiro();
        String ancien = shiro.encryptPassword(MOT);
        assertTrue(ancien.startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$"), ancien);
        assertTrue(HachageMotDePasse.verifier(MOT, ancien));
        assertFalse(HachageMotDePasse.verifier(MOT + "x", ancien));

        String nouveau = HachageMotDePasse.hacher(MOT);
        assertTrue(nouveau.startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$"), nouveau);
        assertTrue(shiro.passwordsMatch(MOT, nouveau), "Shiro's own service still reads what is stored now");
        assertFalse(shiro.passwordsMatch(MOT + "x", nouveau));
    }

    @Test
    @DisplayName("R-PWD-5 : le coût est lu dans chaque hachage stocké (des paramètres relevés plus tard gardent les anciens valides)")
    void coutLuDansLeHachage() {
        MotsDePasseArgon2 leger = new MotsDePasseArgon2(Argon2id.natif(), HachageMotDePasse.serviceShiro(), 1, 1024, 1);
        String hash = leger.encryptPassword(MOT);
        assertTrue(hash.contains("$t=1,m=1024,p=1$"), hash);
        assertTrue(HachageMotDePasse.verifier(MOT, hash), "the portal's service, at other parameters, reads it");
    }
}
