package org.eden.portail.afas;

import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** R-AFAS-2: the printable record of a declaration as a download; a refusal shows on the page instead. */
final class TelechargementFiche {

    private TelechargementFiche() {
    }

    static StreamedContent de(Supplier<FicheDeclaration> production) {
        FicheDeclaration fiche;
        try {
            fiche = production.get();
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
            return null;
        }
        byte[] contenu = fiche.getContenu();
        return DefaultStreamedContent.builder().name(fiche.getNomFichier()).contentType("application/pdf")
                .contentLength((long) contenu.length).stream(() -> new ByteArrayInputStream(contenu)).build();
    }
}
