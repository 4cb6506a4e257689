package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R-TDB-4, the one place the scope table lives: what each profile sees at each level, for each
 * régime and dashboard. The service puts it in every query (rows outside it are never read into an
 * answer); the screens only follow it (the MSA switch is absent where no MSA table is open).
 * <pre>
 * profile                  Caisse                      Collectivité territoriale      National       Prestations légales
 * Agent CAF                all Cafs, no MSA            all, CNAF + MSA                CNAF + MSA     yes
 * Agent CNAF               all Cafs and MSA caisses    all, CNAF + MSA                CNAF + MSA     yes
 * conseil départemental    none                        his département, CNAF + MSA    CNAF + MSA     no
 * partenaire national      as CNAF                     as CNAF                        as CNAF        no
 * Utilisateur MSA          his MSA caisse              his caisse's départements, MSA MSA            no
 * Utilisateur CCMSA        all MSA caisses             all, MSA                       MSA            no
 * </pre>
 * A caller holding several profiles sees the union.
 *
 * @param departement the département of a conseil départemental (its address), else null
 * @param caisseMsa   the MSA caisse of an MSA partner (the one covering its address), else null
 */
public record Perimetre(Set<ProfilTdb> profils, String departement, String caisseMsa) implements Serializable {

    public Perimetre {
        profils = profils.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(profils));
    }

    public boolean vide() {
        return profils.isEmpty();
    }

    /** The union of what each profile opens; refused with the first reason when none opens it. */
    public Acces acces(Niveau niveau, Regime regime, Famille famille) {
        if (profils.isEmpty()) {
            return Acces.refuse("R-TDB-4 : aucun profil Tableau de bord.");
        }
        Set<String> codes = new HashSet<>();
        List<String> motifs = new ArrayList<>();
        for (ProfilTdb profil : ProfilTdb.values()) {
            if (!profils.contains(profil)) {
                continue;
            }
            Acces acces = accesDe(profil, niveau, regime, famille);
            if (acces.autorise() && acces.codes() == null) {
                return Acces.tout();
            }
            if (acces.autorise()) {
                codes.addAll(acces.codes());
            } else {
                motifs.add(acces.motif());
            }
        }
        return codes.isEmpty() ? Acces.refuse(motifs.get(0)) : Acces.seulement(codes);
    }

    /** The régimes whose table is open at a level: the screen offers the MSA switch only when MSA is among them. */
    public List<Regime> regimes(Niveau niveau, Famille famille) {
        return java.util.Arrays.stream(Regime.values()).filter(r -> acces(niveau, r, famille).autorise()).toList();
    }

    /** The dashboards the caller opens: the prestations légales only for the Caf's and Cnaf's agents. */
    public List<Famille> familles() {
        return java.util.Arrays.stream(Famille.values())
                .filter(f -> f == Famille.RSA ? !profils.isEmpty() : profils.stream().anyMatch(ProfilTdb::voitPrestationsLegales))
                .toList();
    }

    /** One profile's access before its territory is known: a territorial level is refused until then. */
    static Acces acces(ProfilTdb profil, Niveau niveau, Regime regime, Famille famille) {
        if (famille == Famille.PRESTATIONS_LEGALES && !profil.voitPrestationsLegales()) {
            return Acces.refuse("R-TDB-4 : les prestations légales ne sont pas ouvertes au profil " + profil.getLibelle() + ".");
        }
        return switch (profil) {
            case AGENT_CNAF, AGENT_PARTENAIRE_NATIONAL -> Acces.tout();
            case AGENT_CAF -> niveau == Niveau.CAISSE && regime == Regime.MSA
                    ? Acces.refuse("R-TDB-4 : au niveau caisse, le profil Agent CAF voit les Caf, pas les caisses MSA.")
                    : Acces.tout();
            case AGENT_CONSEIL_DEPARTEMENTAL -> switch (niveau) {
                case CAISSE -> Acces.refuse("R-TDB-4 : le profil Agent conseil départemental ne voit pas le niveau caisse ; "
                        + "choisissez le niveau collectivité territoriale ou national.");
                case DEPARTEMENT -> Acces.refuse("R-TDB-4 : le département de votre organisme est inconnu ; il est lu dans son adresse.");
                case NATIONAL -> Acces.tout();
            };
            case UTILISATEUR_MSA, UTILISATEUR_CCMSA -> regime == Regime.CNAF
                    ? Acces.refuse("R-TDB-4 : le profil " + profil.getLibelle() + " voit le seul régime MSA.")
                    : profil == ProfilTdb.UTILISATEUR_CCMSA || niveau == Niveau.NATIONAL ? Acces.tout()
                    : Acces.refuse("R-TDB-4 : la caisse MSA de votre organisme est inconnue ; elle est lue dans son adresse.");
        };
    }

    /** One profile's access with the caller's territory, where the profile depends on it. */
    Acces accesDe(ProfilTdb profil, Niveau niveau, Regime regime, Famille famille) {
        Acces general = acces(profil, niveau, regime, famille);
        if (general.autorise() || famille == Famille.PRESTATIONS_LEGALES && !profil.voitPrestationsLegales()) {
            return general;
        }
        if (profil == ProfilTdb.AGENT_CONSEIL_DEPARTEMENTAL && niveau == Niveau.DEPARTEMENT && departement != null) {
            return Acces.seulement(Set.of(departement));
        }
        if (profil == ProfilTdb.UTILISATEUR_MSA && regime == Regime.MSA && caisseMsa != null) {
            Optional<Territoires.Caisse> caisse = Territoires.caisse(Regime.MSA, caisseMsa);
            if (caisse.isPresent()) {
                return niveau == Niveau.CAISSE ? Acces.seulement(Set.of(caisseMsa)) : Acces.seulement(Set.copyOf(caisse.get().departements()));
            }
        }
        return general;
    }
}
