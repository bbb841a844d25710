package io.lede.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/** Who made the current staff request, once the bearer filter has let it through. */
@RequestScoped
public class StaffCaller {

    private String tokenName;
    private List<String> scopes = List.of();

    void authenticate(String tokenName, List<String> scopes) {
        this.tokenName = tokenName;
        this.scopes = scopes;
    }

    public String tokenName() {
        return tokenName;
    }

    public List<String> scopes() {
        return scopes;
    }
}
