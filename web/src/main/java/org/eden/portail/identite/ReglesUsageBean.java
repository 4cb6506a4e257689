package org.eden.portail.identite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;

import java.io.IOException;

/** First login, step 1 (R-AUTH-2): the usage rules in force, accepted or refused. */
@Named
@RequestScoped
public class ReglesUsageBean {

    @Inject
    IdentiteService identite;

    @Inject
    SessionUtilisateur session;

    private ReglesUsage regles;
    private String versionLue;

    public ReglesUsage getRegles() {
        if (regles == null) {
            regles = identite.reglesEnVigueur();
        }
        return regles;
    }

    public void accepter() throws IOException {
        identite.accepterReglesUsage(session.getIdentifiant(), versionLue);
        session.terminer(EtapeConnexion.REGLES_USAGE);
        Navigation.rediriger(Navigation.destination(session, null));
    }

    /** Refusing closes the session: there is no access without the rules. */
    public void refuser() throws IOException {
        SecurityUtils.getSubject().logout();
        Navigation.rediriger("/login.xhtml?refus=true");
    }

    /** The version shown, sent back with the acceptance: the one the person actually read. */
    public String getVersionLue() {
        return versionLue != null ? versionLue : getRegles().getVersion();
    }

    public void setVersionLue(String versionLue) {
        this.versionLue = versionLue;
    }
}
