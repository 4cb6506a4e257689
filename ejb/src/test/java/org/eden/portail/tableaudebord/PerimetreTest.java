package org.eden.portail.tableaudebord;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-TDB-4, cell by cell: every profile × level × régime × dashboard (prestations légales or not). */
class PerimetreTest {

    private static final String TOUT = "tout";
    private static final String REFUS = "refus";

    /** The scope table of the specification, for the RSA themes; « 59 » is the conseil départemental's, M29 the MSA's (Nord-Pas de Calais). */
    private static final Map<ProfilTdb, Map<String, String>> ATTENDU = Map.of(
            ProfilTdb.AGENT_CAF, Map.of("CAISSE/CNAF", TOUT, "CAISSE/MSA", REFUS, "DEPARTEMENT/CNAF", TOUT, "DEPARTEMENT/MSA", TOUT,
                    "NATIONAL/CNAF", TOUT, "NATIONAL/MSA", TOUT),
            ProfilTdb.AGENT_CNAF, Map.of("CAISSE/CNAF", TOUT, "CAISSE/MSA", TOUT, "DEPARTEMENT/CNAF", TOUT, "DEPARTEMENT/MSA", TOUT,
                    "NATIONAL/CNAF", TOUT, "NATIONAL/MSA", TOUT),
            ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL, Map.of("CAISSE/CNAF", REFUS, "CAISSE/MSA", REFUS, "DEPARTEMENT/CNAF", "[59]",
                    "DEPARTEMENT/MSA", "[59]", "NATIONAL/CNAF", TOUT, "NATIONAL/MSA", TOUT),
            ProfilTdb.AGENT_PARTENAIRE_NATIONAL, Map.of("CAISSE/CNAF", TOUT, "CAISSE/MSA", TOUT, "DEPARTEMENT/CNAF", TOUT,
                    "DEPARTEMENT/MSA", TOUT, "NATIONAL/CNAF", TOUT, "NATIONAL/MSA", TOUT),
            ProfilTdb.UTILISATEUR_MSA, Map.of("CAISSE/CNAF", REFUS, "CAISSE/MSA", "[M29]", "DEPARTEMENT/CNAF", REFUS,
                    "DEPARTEMENT/MSA", "[59, 62]", "NATIONAL/CNAF", REFUS, "NATIONAL/MSA", TOUT),
            ProfilTdb.UTILISATEUR_CCMSA, Map.of("CAISSE/CNAF", REFUS, "CAISSE/MSA", TOUT, "DEPARTEMENT/CNAF", REFUS,
                    "DEPARTEMENT/MSA", TOUT, "NATIONAL/CNAF", REFUS, "NATIONAL/MSA", TOUT));

    private static Perimetre de(ProfilTdb profil) {
        return new Perimetre(Set.of(profil), "59", "M29");
    }

    private static String lire(Acces acces) {
        if (!acces.autorise()) {
            assertTrue(acces.motif().startsWith("R-TDB-4 : "), acces.motif());
            return REFUS;
        }
        return acces.codes() == null ? TOUT : new java.util.TreeSet<>(acces.codes()).toString();
    }

    @Test
    @DisplayName("R-TDB-4 : chaque profil × niveau × régime × famille de thèmes voit exactement la table de la spécification")
    void tableDesPerimetres() {
        List<String> ecarts = new ArrayList<>();
        for (ProfilTdb profil : ProfilTdb.values()) {
            for (Famille famille : Famille.values()) {
                for (Niveau niveau : Niveau.values()) {
                    for (Regime regime : Regime.values()) {
                        String attendu = famille == Famille.PRESTATIONS_LEGALES && !profil.voitPrestationsLegales()
                                ? REFUS : ATTENDU.get(profil).get(niveau + "/" + regime);
                        String obtenu = lire(de(profil).acces(niveau, regime, famille));
                        if (!attendu.equals(obtenu)) {
                            ecarts.add(profil + " " + famille + " " + niveau + "/" + regime + " : attendu " + attendu + ", obtenu " + obtenu);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), ecarts);
    }

    @Test
    @DisplayName("R-TDB-4 : pas d'interrupteur MSA pour l'Agent CAF au niveau caisse ; régime MSA seul pour les profils MSA")
    void interrupteurMsa() {
        assertEquals(List.of(Regime.CNAF), de(ProfilTdb.AGENT_CAF).regimes(Niveau.CAISSE, Famille.RSA));
        assertEquals(List.of(Regime.CNAF, Regime.MSA), de(ProfilTdb.AGENT_CAF).regimes(Niveau.DEPARTEMENT, Famille.RSA));
        assertEquals(List.of(Regime.MSA), de(ProfilTdb.UTILISATEUR_MSA).regimes(Niveau.NATIONAL, Famille.RSA));
        assertEquals(List.of(Regime.MSA), de(ProfilTdb.UTILISATEUR_CCMSA).regimes(Niveau.CAISSE, Famille.RSA));
        assertEquals(List.of(), de(ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL).regimes(Niveau.CAISSE, Famille.RSA));
        assertEquals(List.of(), de(ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL).regimes(Niveau.NATIONAL, Famille.PRESTATIONS_LEGALES));
    }

    @Test
    @DisplayName("R-TDB-4 : les prestations légales pour les seuls agents Caf et Cnaf ; un refus dit pourquoi")
    void prestationsLegalesEtMotifs() {
        assertEquals(List.of(Famille.RSA, Famille.PRESTATIONS_LEGALES), de(ProfilTdb.AGENT_CAF).familles());
        assertEquals(List.of(Famille.RSA), de(ProfilTdb.AGENT_PARTENAIRE_NATIONAL).familles());
        assertTrue(de(ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL).acces(Niveau.CAISSE, Regime.CNAF, Famille.RSA).motif().contains("niveau caisse"));
        assertTrue(de(ProfilTdb.AGENT_PARTENAIRE_NATIONAL).acces(Niveau.NATIONAL, Regime.CNAF, Famille.PRESTATIONS_LEGALES).motif()
                .contains("prestations légales"));
    }

    @Test
    @DisplayName("R-TDB-4 : sans territoire connu (adresse), le conseil départemental et l'utilisateur MSA n'ont que le national")
    void territoireInconnu() {
        Perimetre cd = new Perimetre(Set.of(ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL), null, null);
        assertFalse(cd.acces(Niveau.DEPARTEMENT, Regime.CNAF, Famille.RSA).autorise());
        assertTrue(cd.acces(Niveau.NATIONAL, Regime.CNAF, Famille.RSA).autorise());
        Perimetre msa = new Perimetre(Set.of(ProfilTdb.UTILISATEUR_MSA), null, null);
        assertTrue(msa.acces(Niveau.CAISSE, Regime.MSA, Famille.RSA).motif().contains("caisse MSA de votre organisme"));
        assertTrue(msa.acces(Niveau.NATIONAL, Regime.MSA, Famille.RSA).autorise());
    }

    @Test
    @DisplayName("R-TDB-4 : plusieurs profils voient l'union de leurs périmètres ; aucun profil, rien")
    void union() {
        Perimetre deux = new Perimetre(EnumSet.of(ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL, ProfilTdb.UTILISATEUR_MSA), "62", "M29");
        assertEquals(Set.of("59", "62"), deux.acces(Niveau.DEPARTEMENT, Regime.MSA, Famille.RSA).codes());
        assertEquals(Set.of("62"), deux.acces(Niveau.DEPARTEMENT, Regime.CNAF, Famille.RSA).codes());
        Perimetre aucun = new Perimetre(Set.of(), null, null);
        assertTrue(aucun.vide());
        assertFalse(aucun.acces(Niveau.NATIONAL, Regime.CNAF, Famille.RSA).autorise());
    }
}
