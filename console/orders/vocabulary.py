"""The words shop mails use, in the languages the shops send them (en, de, hr, ru, sl, tr).

Labels are compared after :func:`norm` (lowercase, "ё" as "е", without surrounding
punctuation), so "Rechnungsadresse:" and "RECHNUNGSADRESSE" are the same label.
Phrases are gathered from the platforms' default templates and their official translations
(WooCommerce, Shopify, PrestaShop, Shopware, Magento 2, OpenCart, Ecwid).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from console.orders.types import OrderStatus

_EDGE: Final = " \t:*#-–—|•·.,;()[]"


@lru_cache(maxsize=65_536)
def norm(text: str) -> str:
    """A label as compared: lowercased, single-spaced, without edge punctuation."""
    return " ".join(text.lower().replace("ё", "е").split()).strip(_EDGE)


def _set(*words: str) -> frozenset[str]:
    return frozenset(norm(word) for word in words)


# fmt: off


FIELD_LABELS: Final[dict[str, frozenset[str]]] = {
    "number": _set(
        "Order number",
        "Order No",
        "Order ID",
        "Order",
        "Order #",
        "Order reference",
        "Bestellnummer",
        "Bestell-Nr",
        "Bestellung",
        "Auftragsnummer",
        "Bestellnr",
        "Broj narudžbe",
        "Narudžba",
        "Broj narudžbe",
        "Narudžba br",
        "Br. narudžbe",
        "Номер заказа",
        "№ заказа",
        "Заказ",
        "Заказ №",
        "Sipariş numarası",
        "Sipariş No",
        "Sipariş",
        "Sipariş kodu",
        "Številka naročila",
        "Naročilo",
        "Št. naročila",
    ),
    "date": _set(
        "Order date",
        "Date Added",
        "Date",
        "Placed on",
        "Order placed",
        "Bestelldatum",
        "Datum",
        "Bestellt am",
        "Datum narudžbe",
        "Datum narudžbe",
        "Datum dodavanja",
        "Дата заказа",
        "Дата",
        "Дата добавления",
        "Sipariş tarihi",
        "Tarih",
        "Datum naročila",
    ),
    "payment_method": _set(
        "Payment method",
        "Payment Method",
        "Payment",
        "Selected payment type",
        "Payment processing method",
        "Payment type",
        "Payment gateway",
        "Zahlungsmethode",
        "Zahlungsart",
        "Gewählte Zahlungsart",
        "Zahlung",
        "Bezahlung",
        "Zahlungsabwicklungsmethode",
        "Zahlungsanbieter",
        "Način plaćanja",
        "Plaćanje",
        "Metoda plaćanja",
        "Способ оплаты",
        "Метод оплаты",
        "Оплата",
        "Ödeme yöntemi",
        "Ödeme",
        "Ödeme şekli",
        "Ödeme türü",
        "Način plačila",
        "Plačilo",
    ),
    "shipping_method": _set(
        "Shipping method",
        "Shipping Method",
        "Delivery method",
        "Selected shipping type",
        "Shipping type",
        "Carrier",
        "Versandart",
        "Versandmethode",
        "Gewählte Versandart",
        "Lieferart",
        "Versand",
        "Način dostave",
        "Dostava",
        "Način isporuke",
        "Dostavna služba",
        "Способ доставки",
        "Доставка",
        "Kargo yöntemi",
        "Gönderim yöntemi",
        "Teslimat yöntemi",
        "Kargo",
        "Gönderim",
        "Način dostave",
        "Dostava",
        "Način pošiljanja",
        "Poštnina",
        "Shipping",
    ),
    "tracking_number": _set(
        "Tracking number",
        "Tracking Number",
        "Tracking #",
        "Tracking code",
        "Tracking ID",
        "Shipment tracking number",
        "Sendungsnummer",
        "Trackingnummer",
        "Tracking-Nummer",
        "Sendungsverfolgungsnummer",
        "Paketnummer",
        "Broj za praćenje",
        "Broj pošiljke",
        "Kod za praćenje",
        "Трек-номер",
        "Трек номер",
        "Номер отслеживания",
        "Номер отправления",
        "Takip numarası",
        "Kargo takip numarası",
        "Kargo takip no",
        "Gönderi takip no",
        "Takip no",
        "Takip kodu",
        "Številka za sledenje",
        "Številka pošiljke",
        "Sledilna številka",
    ),
    "carrier": _set(
        "Carrier",
        "Shipped by",
        "Shipped By",
        "Shipping company",
        "Courier",
        "Provider",
        "Anbieter",
        "Pružatelj usluge",
        "Служба",
        "Ponudnik",
        "Dostavljač",
        "Versand durch",
        "Versanddienst",
        "Dostavio",
        "Poslano putem",
        "Отправлено через",
        "Kargo ile gönderildi",
        "Poslano z",
        "Versanddienstleister",
        "Paketdienst",
        "Versandunternehmen",
        "Zusteller",
        "Prijevoznik",
        "Kurirska služba",
        "Dostavljač",
        "Kurir",
        "Перевозчик",
        "Служба доставки",
        "Курьерская служба",
        "Kargo firması",
        "Kargo şirketi",
        "Taşıyıcı",
        "Prevoznik",
        "Dostavna služba",
    ),
    "email": _set(
        "Email",
        "E-mail",
        "E-Mail",
        "Email address",
        "E-mail address",
        "Customer e-mail",
        "E-Mail-Adresse",
        "Email adresa",
        "E-mail adresa",
        "E-pošta",
        "Adresa e-pošte",
        "Электронная почта",
        "Эл. почта",
        "E-posta",
        "E-posta adresi",
        "E-poštni naslov",
    ),
    "phone": _set(
        "Phone",
        "Telephone",
        "Phone number",
        "Tel",
        "Mobile",
        "Telefon",
        "Telefonnummer",
        "Handy",
        "Mobil",
        "Mobitel",
        "Broj telefona",
        "Telefon",
        "GSM",
        "Телефон",
        "Номер телефона",
        "Тел",
        "Telefon numarası",
        "Cep telefonu",
        "Telefon no",
        "Telefonska številka",
        "Mobilni telefon",
    ),
    "customer": _set(
        "Customer",
        "Customer name",
        "Name",
        "Buyer",
        "Kunde",
        "Kundenname",
        "Name",
        "Kupac",
        "Ime i prezime",
        "Ime kupca",
        "Покупатель",
        "Клиент",
        "Имя",
        "ФИО",
        "Müşteri",
        "Ad Soyad",
        "Müşteri adı",
        "Kupec",
        "Stranka",
        "Ime in priimek",
    ),
    "status": _set(
        "Order status",
        "Order Status",
        "Status",
        "New status",
        "Bestellstatus",
        "Status der Bestellung",
        "Lieferstatus",
        "Zahlungsstatus",
        "Status narudžbe",
        "Stanje narudžbe",
        "Статус заказа",
        "Состояние заказа",
        "Статус",
        "Sipariş durumu",
        "Durum",
        "Status naročila",
        "Stanje naročila",
    ),
    "note": _set(
        "Note",
        "Customer note",
        "Customer comments/instructions",
        "Comment",
        "Customer message",
        "Notes",
        "Anmerkung",
        "Kommentar",
        "Hinweis",
        "Bemerkung",
        "Napomena",
        "Komentar",
        "Комментарий",
        "Примечание",
        "Not",
        "Sipariş notu",
        "Açıklama",
        "Opomba",
        "Komentar",
    ),
}

TOTAL_LABELS: Final[tuple[frozenset[str], ...]] = (
    _set(
        "Grand Total", "Grand Total (Incl.Tax)", "Total paid", "Order total", "Total to pay",
        "Gesamt bezahlt", "Ukupno plaćeno", "Итого оплачено", "Toplam ödenen", "Skupaj plačano",
        "Total (incl. VAT)", "Total gross", "Total amount",
        "Gesamtsumme", "Gesamtbetrag", "Gesamtkosten Brutto", "Rechnungsbetrag", "Gesamtpreis",
        "Summe (brutto)", "Endsumme", "Zu zahlen",
        "Sveukupno", "Ukupno za platiti", "Ukupan iznos", "Ukupno s PDV-om", "Za platiti",
        "Итого к оплате", "Всего к оплате", "Сумма заказа", "Итого по заказу",
        "Genel Toplam", "Ödenecek tutar", "Toplam tutar", "Sipariş toplamı",
        "Skupaj za plačilo", "Za plačilo", "Skupni znesek", "Skupaj z DDV",
    ),
    _set(
        "Total", "Gesamt", "Summe", "Ukupno", "Итого", "Всего", "Toplam", "Skupaj",
        "Total price", "Totals",
    ),
)
"""Total labels, most specific first: a "Grand Total" beats a "Total"."""

SUBTOTAL_LABELS: Final = _set(
    "Subtotal", "Sub-total", "Products", "Items", "Total products", "Cart subtotal",
    "Shipping", "Shipping & Handling", "Shipping costs", "Discount", "Discounts", "Tax",
    "Taxes", "VAT", "Gift-wrapping", "Total tax paid", "Net total", "Total net",
    "Zwischensumme", "Versand", "Versandkosten", "Rabatt", "MwSt", "Steuern",
    "Gesamtkosten Netto", "Summe (netto)", "zzgl. MwSt",
    "Međuzbroj", "Dostava", "Popust", "PDV", "Porez", "Iznos bez PDV-a",
    "Подытог", "Промежуточный итог", "Доставка", "Скидка", "Налог", "НДС",
    "Ara toplam", "Kargo", "Gönderim", "İndirim", "KDV", "Vergi",
    "Vmesni seštevek", "Vmesna vsota", "Poštnina", "Dostava", "Popust", "DDV", "Davek",
)

BILLING_HEADINGS: Final = _set(
    "Billing address", "Billing Address", "Billing Info", "Billing information",
    "Payment address", "Payment Address", "Invoice address", "Bill to",
    "Rechnungsadresse", "Rechnungsanschrift", "Rechnungsinformationen",
    "Adresa za naplatu", "Adresa plaćanja", "Adresa za račun", "Adresa računa",
    "Платежный адрес", "Адрес плательщика", "Адрес для выставления счета",
    "Платежная информация",
    "Fatura adresi", "Fatura bilgileri",
    "Naslov za račun", "Naslov za plačilo", "Naslov plačnika",
)
SHIPPING_HEADINGS: Final = _set(
    "Shipping address", "Shipping Address", "Shipping Info", "Shipping information",
    "Delivery address", "Ship to",
    "Lieferadresse", "Versandadresse", "Lieferanschrift", "Versandinformationen",
    "Adresa za dostavu", "Adresa dostave", "Adresa isporuke",
    "Адрес доставки", "Адрес получателя", "Информация о доставке",
    "Teslimat adresi", "Gönderim adresi", "Kargo adresi",
    "Naslov za dostavo", "Naslov dostave",
)

ITEM_PRODUCT: Final = _set(
    "Product", "Products", "Item", "Items", "Description", "Name", "Article",
    "Produkt", "Artikel", "Bezeichnung", "Artikelbezeichnung", "Beschreibung",
    "Proizvod", "Artikl", "Naziv", "Opis",
    "Товар", "Товары", "Наименование", "Продукт", "Описание",
    "Ürün", "Ürünler", "Ürün adı", "Açıklama",
    "Izdelek", "Izdelki", "Artikel", "Naziv",
)
ITEM_QUANTITY: Final = _set(
    "Quantity", "Qty", "Quantities",
    "Anzahl", "Menge", "Stück",
    "Količina", "Kol",
    "Количество", "Кол-во",
    "Adet", "Miktar",
    "Količina", "Kos",
)
ITEM_PRICE: Final = _set(
    "Price", "Unit price", "Total", "Total price", "Subtotal", "Line total",
    "Preis", "Einzelpreis", "Summe", "Gesamtpreis", "Gesamt",
    "Cijena", "Jedinična cijena", "Ukupno", "Iznos", "Ukupna cijena",
    "Цена", "Стоимость", "Сумма", "Итого", "Общая стоимость",
    "Fiyat", "Birim fiyat", "Tutar", "Toplam", "Toplam fiyat",
    "Cena", "Cena na enoto", "Znesek", "Skupaj", "Skupna cena",
)
ITEM_SKU: Final = _set(
    "SKU", "Reference", "Model", "Prod. No", "Product number", "Art.-Nr", "Artikelnummer",
    "Artikel-Nr", "Referenz", "Referenca", "Šifra", "Артикул", "Модель", "Stok kodu",
    "Ürün kodu", "Referans", "Šifra izdelka",
)

STATUS_PATTERNS: Final[tuple[tuple[OrderStatus, re.Pattern[str]], ...]] = tuple(
    # The lookahead holds the first letters of the pattern's words: a search then skips,
    # with one test, positions where no word can start, instead of trying every word
    # there (with IGNORECASE the regex engine cannot skip ahead by itself).
    (status, re.compile(f"(?={first})(?:{pattern})", re.IGNORECASE))
    for status, first, pattern in (
        (
            OrderStatus.REFUNDED,
            "[egiprvв]",
            r"refund|erstatt|rückzahlung|gutschrift|povrat novca|povrat sredstava|refundiran"
            r"|возврат|вернули|возвращ[её]н|iade|vračilo|vrnjen",
        ),
        (
            OrderStatus.CANCELLED,
            "[aciopsо]",
            r"cancel|storniert|stornierung|abgebrochen|otkazan|poništen|stornirana|отмен"
            r"|iptal|preklican|storniran",
        ),
        (
            OrderStatus.FAILED,
            "[bfnн]",
            r"\bfailed\b|fehlgeschlagen|neuspjel|nije uspjel|не удалось|неудач|başarısız"
            r"|ni uspel|neuspel",
        ),
        (
            OrderStatus.SHIPPED,
            "[dghiknopsuvyвоп]",
            r"(?<!be )shipped|on the way|in transit|(?<!when it )has been sent|dispatched"
            r"|versandt|verschickt"
            r"|unterwegs|versendet|ist auf dem weg|poslan|otpremljen|na putu|u dostavi"
            r"|отправлен|передан в службу доставки|в пути|kargoya verildi|kargoya teslim"
            r"|yola çıktı|gönderildi|odposlan|poslano|na poti",
        ),
        (
            OrderStatus.COMPLETED,
            "[acdgitzвдз]",
            r"\bcomplete[d]?\b|delivered|abgeschlossen|zugestellt|geliefert|završen"
            r"|isporučen|dostavljen|выполнен|доставлен|завершен|tamamlandı|teslim edildi"
            r"|zaključen|dostavljeno|dokončan",
        ),
        (
            OrderStatus.ON_HOLD,
            "[bnovwzно]",
            r"on.hold|wartestellung|zurückgestellt|na čekanju|на удержании|ожидании оплаты"
            r"|beklemede|zadržan|v čakanju",
        ),
        (
            OrderStatus.PAID,
            "[bpuzöо]",
            r"payment (?:received|confirmed|accepted)|\bpaid\b|zahlung (?:erhalten|eingegangen"
            r"|bestätigt)|bezahlt|plaćen|uplata (?:primljena|zaprimljena)|оплачен"
            r"|оплата получена|ödeme alındı|ödendi|ödeme onaylandı|plačan|plačilo prejeto",
        ),
        (
            OrderStatus.PROCESSING,
            "[bhiopuvwво]",
            r"processing|being processed|in bearbeitung|wird bearbeitet|u obradi|obrađuje"
            r"|в обработке|обрабатывается|hazırlanıyor|işleniyor|v obdelavi",
        ),
        (
            OrderStatus.NEW,
            "[abchnoprstvyзнпс]",
            r"new order|order confirm|\bconfirmed\b|confirmation|received|thank you for your order"
            r"|neue bestellung|bestellbestätigung|bestellung (?:bestätigt|eingegangen|erhalten)"
            r"|vielen dank für ihre bestellung|nova narudžba|potvrda narudžbe|narudžba"
            r" (?:je )?(?:zaprimljena|potvrđena)|hvala na narudžbi|новый заказ"
            r"|подтверждение заказа|заказ (?:принят|оформлен|получен)|спасибо за заказ"
            r"|yeni sipariş|sipariş onay|siparişiniz alındı|teşekkür|novo naročilo"
            r"|potrditev naročila|naročilo (?:je )?(?:prejeto|potrjeno)|hvala za naročilo"
            r"|\bpending\b|awaiting|ausstehend|на рассмотрении|bekliyor|v teku",
        ),
    )
)
"""Keywords of status changes, most decisive first ("refund" wins over "completed")."""
# fmt: on

ORDER_WORD: Final = (
    r"(?:order|orders|bestellung|bestellnummer|auftrag|narudžb[aeiu]|narudžbe|narudzb[aeiu]"
    r"|заказ[ауе]?|заказа|sipariş(?:iniz|in|i)?|siparis|naročil[aoiu]|narocil[aoiu]"
    r"|commande|ordine|pedido)"
)
ORDER_WORD_START: Final = "obanзscp"
"""The first letters of the ``ORDER_WORD`` words, for a lookahead that lets a search skip
positions where none can start (compiled with the same IGNORECASE flag as the word)."""
