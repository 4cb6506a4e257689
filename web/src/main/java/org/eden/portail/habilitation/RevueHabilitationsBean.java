package org.eden.portail.habilitation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eden.portail.shared.RegleMetierException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Revue annuelle des habilitations" (R-HAB-8), the administrateur partenaire's side: every
 * habilitation of every user, kept or removed per line or by selection, then signed off. A thin
 * screen over {@link RevueHabilitationsService}, which checks who may.
 */
@Named
@ViewScoped
public class RevueHabilitationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RevueHabilitationsService service;

    /** The organisation (the Caf managing for a partner, R-HAB-7); empty: the caller's own. */
    private Long organisme;
    private RevueVue revue;
    private List<LigneRevue> selection = new ArrayList<>();

    @PostConstruct
    void charger() {
        organisme = organismeDemande();
        revue = service.revue(organisme);
    }

    /** The {@code ?organisme=} of the address (the Caf managing for a partner, R-HAB-7); none: the caller's own. */
    static Long organismeDemande() {
        String valeur = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("organisme");
        try {
            return valeur == null || valeur.isBlank() ? null : Long.valueOf(valeur.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }


    public void conserver(LigneRevue ligne) {
        decider(List.of(ligne.habilitationId()), DecisionRevue.CONSERVER, null);
    }

    public void retirer(LigneRevue ligne) {
        decider(List.of(ligne.habilitationId()), DecisionRevue.RETIRER, null);
    }

    public void conserverSelection() {
        decider(ids(), DecisionRevue.CONSERVER, selection.size() + " habilitation(s) conservée(s).");
    }

    public void retirerSelection() {
        decider(ids(), DecisionRevue.RETIRER, selection.size() + " habilitation(s) marquée(s) à retirer : elles le seront à la signature.");
    }

    public void toutConserver() {
        agir(() -> service.toutConserver(revue.organismeId()), "Toutes les habilitations sans décision sont conservées.");
    }

    public void signer() {
        agir(() -> service.signer(revue.organismeId()), "Revue signée : les habilitations retirées sont dévalidées et le résultat est transmis à la Caf.");
    }

    private void decider(Collection<Long> ids, DecisionRevue decision, String succes) {
        agir(() -> service.decider(revue.organismeId(), ids, decision), succes);
    }

    private List<Long> ids() {
        return selection.stream().map(LigneRevue::habilitationId).toList();
    }

    private void agir(Supplier<RevueVue> action, String succes) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            revue = action.get();
            selection = new ArrayList<>();
            if (succes != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, succes, null));
            }
        } catch (RegleMetierException refus) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Action refusée", refus.getMessage()));
        }
    }

    public Long getOrganisme() {
        return organisme;
    }

    public void setOrganisme(Long organisme) {
        this.organisme = organisme;
    }

    public RevueVue getRevue() {
        return revue;
    }

    public List<LigneRevue> getSelection() {
        return selection;
    }

    public void setSelection(List<LigneRevue> selection) {
        this.selection = selection == null ? new ArrayList<>() : selection;
    }

    public DecisionRevue[] getDecisions() {
        return DecisionRevue.values();
    }
}
