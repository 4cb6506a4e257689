package org.eden.portail.habilitation;

import static org.eden.portail.shared.ModeleRecherche.champ;
import static org.eden.portail.shared.ModeleRecherche.croissant;
import static org.eden.portail.shared.ModeleRecherche.valeur;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.identite.CompteCree;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.SaisiePersonne;
import org.eden.portail.shared.ModeleRecherche;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The users of one organisation (R-HAB-11): a lazy list whose filters, sort and pages are the
 * database's, exported in CSV and XLSX; the creation of a user (R-HAB-1, R-HAB-9).
 */
@Named
@ViewScoped
public class UtilisateursBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UtilisateursPartenaireService service;

    @Inject
    GroupeService groupes;

    private Long organisme;
    private OrganismeGere gere;
    private List<GroupeVue> arbre;
    private List<QuotaVue> quotas;
    private final LazyDataModel<LigneUtilisateur> utilisateurs = ModeleRecherche.sur(
            filtres -> organisme == null || gere == null ? 0 : service.compter(organisme, critere(filtres, null, true)),
            (premier, nombre, tri, filtres) -> organisme == null || gere == null ? List.of()
                    : service.rechercher(organisme, critere(filtres, champ(tri), croissant(tri, true)), premier, nombre),
            LigneUtilisateur::getIdentifiant);

    private SaisiePersonne nouvelUtilisateur = new SaisiePersonne();
    private String identifiantCree;

    /** f:viewAction. */
    public void ouvrir() {
        gere = EcranHabilitations.choisir(groupes.organismesGeres(), organisme);
        if (gere == null) {
            return;
        }
        organisme = gere.id();
        try {
            arbre = groupes.arbre(organisme);
            quotas = groupes.quotas(organisme);
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
        } catch (RegleMetierException sansConvention) {
            arbre = List.of();
            quotas = List.of();
            MessagesEcran.refus(sansConvention);
        }
    }

    public void preparer() {
        nouvelUtilisateur = new SaisiePersonne();
        identifiantCree = null;
    }

    /** R-HAB-1 (one account per person), R-HAB-9 (identifier and provisional password in two mails). */
    public void creer() {
        try {
            CompteCree compte = service.creerUtilisateur(organisme, nouvelUtilisateur.getNom(), nouvelUtilisateur.getPrenom(),
                    nouvelUtilisateur.getEmail());
            identifiantCree = compte.identifiant();
            MessagesEcran.info("Utilisateur créé : " + compte.identifiant(),
                    "Il reçoit par deux courriels séparés son identifiant puis son mot de passe provisoire (valable 24 heures)."
                            + " Rattachez-le maintenant à un groupe.");
            ExternalContext externe = FacesContext.getCurrentInstance().getExternalContext();
            externe.getFlash().setKeepMessages(true);
            externe.redirect(externe.getRequestContextPath() + "/habilitation/utilisateur.xhtml?id="
                    + URLEncoder.encode(compte.identifiant(), StandardCharsets.UTF_8));
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LazyDataModel<LigneUtilisateur> getUtilisateurs() {
        return utilisateurs;
    }

    public StatutCompte[] getStatuts() {
        return StatutCompte.values();
    }

    public List<String> getRoles() {
        return quotas == null ? List.of() : quotas.stream().map(q -> q.service() + " " + q.profil()).toList();
    }

    public List<GroupeVue> getArbre() {
        return arbre;
    }

    public OrganismeGere getGere() {
        return gere;
    }

    public SaisiePersonne getNouvelUtilisateur() {
        return nouvelUtilisateur;
    }

    public Long getOrganisme() {
        return organisme;
    }

    public void setOrganisme(Long organisme) {
        this.organisme = organisme;
    }

    public String getIdentifiantCree() {
        return identifiantCree;
    }

    static CritereUtilisateurs critere(Map<String, FilterMeta> filtres, String tri, boolean croissant) {
        String groupe = valeur(filtres, "groupes");
        Long groupeId = null;
        if (groupe != null) {
            try {
                groupeId = Long.valueOf(groupe);
            } catch (NumberFormatException malForme) {
                groupeId = -1L;
            }
        }
        return new CritereUtilisateurs(valeur(filtres, "nom"), valeur(filtres, "identifiant"), groupeId,
                valeur(filtres, "statutLibelle"), valeur(filtres, "profils"), tri, croissant);
    }
}
