package org.eden.portail.securite;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link GestionnaireExceptions} in front of the implementation's handler (faces-config.xml). */
public class FabriqueGestionnaireExceptions extends ExceptionHandlerFactory {

    public FabriqueGestionnaireExceptions(ExceptionHandlerFactory enveloppee) {
        super(enveloppee);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new GestionnaireExceptions(getWrapped().getExceptionHandler());
    }
}
