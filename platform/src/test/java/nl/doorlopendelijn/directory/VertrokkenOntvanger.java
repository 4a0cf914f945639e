package nl.doorlopendelijn.directory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Listens the way the agreements and dossiers will: after the deactivating transaction has committed. */
@Component
class VertrokkenOntvanger {

  final List<ContactpersoonVertrokken> ontvangen = new CopyOnWriteArrayList<>();

  @TransactionalEventListener
  void bijVertrek(ContactpersoonVertrokken event) {
    ontvangen.add(event);
  }
}
