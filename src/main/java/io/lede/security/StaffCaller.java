package io.lede.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/** Who made the current staff request, once the bearer filter has let it through. */
@RequestScoped
public class StaffCaller {

    private Long tokenId;
    private String tokenName;
    private List<String> scopes = List.of();

    void authenticate(long tokenId, String tokenName, List<String> scopes) {
        this.tokenId = tokenId;
        this.tokenName = tokenName;
        this.scopes = scopes;
    }

    public Long tokenId() {
        return tokenId;
    }

    public String tokenName() {
        return tokenName;
    }

    public List<String> scopes() {
        return scopes;
    }
}
