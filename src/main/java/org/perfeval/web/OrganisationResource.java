package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.perfeval.workflow.Administration;

/** The active directory, for the bureau's commission form: parties are picked by id. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.ADMIN})
public class OrganisationResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Administration administration;

    @GET
    public JsonObject active() {
        return DirectoryJson.organisations(administration.activeOrganisations(caller.get()), List.of());
    }
}
