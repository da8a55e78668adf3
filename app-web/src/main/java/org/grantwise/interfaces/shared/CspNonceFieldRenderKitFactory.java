package org.grantwise.interfaces.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Writes PrimeFaces' CSP nonce into every form as a hidden field. PrimeFaces' CSP mode checks the
 * nonce on each postback but adds the field only by script, so without this a browser with
 * JavaScript switched off (or a click before the page finished loading) could not post a form.
 */
public class CspNonceFieldRenderKitFactory extends RenderKitFactory {

  static final String NONCE_FIELD = "primefaces.nonce";

  public CspNonceFieldRenderKitFactory(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    return kit == null ? null : new NonceFieldRenderKit(kit);
  }

  private static final class NonceFieldRenderKit extends RenderKitWrapper {

    NonceFieldRenderKit(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public ResponseWriter createResponseWriter(
        Writer writer, String contentTypeList, String characterEncoding) {
      return new NonceFieldWriter(
          getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
    }
  }

  private static final class NonceFieldWriter extends ResponseWriterWrapper {

    NonceFieldWriter(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void endElement(String name) throws IOException {
      if ("form".equalsIgnoreCase(name)) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null
            && context.getViewRoot() != null
            && PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
          String nonce = PrimeFacesContext.getCspState(context).getNonce();
          getWrapped().startElement("input", null);
          getWrapped().writeAttribute("type", "hidden", null);
          getWrapped().writeAttribute("name", NONCE_FIELD, null);
          getWrapped().writeAttribute("value", nonce, null);
          getWrapped().endElement("input");
        }
      }
      getWrapped().endElement(name);
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
      return new NonceFieldWriter(getWrapped().cloneWithWriter(writer));
    }
  }
}
