"""English-speaking customers (UK and Ireland)."""

from __future__ import annotations

from console.demo.spec import (
    SampleCall,
    SampleConversation,
    SampleCustomer,
    SampleNote,
    customer,
    days,
    hours,
    minutes,
    owner,
    pdf,
    photo,
)
from console.domain.customers import CustomerKind
from console.domain.events import CallOutcome
from console.domain.status import ConversationStatus

EMMA = SampleCustomer("Emma Clarke", "emma.clarke@mailbox.example", "en", phones=("+447700900123",))
OLIVER = SampleCustomer(
    "Oliver Grant",
    "oliver@grant-deli.example",
    "en",
    kind=CustomerKind.BUSINESS,
    company="Grant & Daughters Deli Ltd",
    vat_number="GB 123 4567 89",
    phones=("+441179460321",),
    notes="Deli in Bristol. Pays by bank transfer within 14 days. Prefers mail over calls.",
)

CONVERSATIONS = (
    SampleConversation(
        EMMA,
        "Where is my order #1043?",
        (
            customer(
                days(2.2),
                "Hi,\n\nI ordered the lavender gift box on the 2nd and the tracking number "
                "hasn't moved for five days now. Could you check what's going on? It's a "
                "birthday present for Saturday.\n\nThanks,\nEmma",
            ),
            owner(
                days(1.9),
                "Hi Emma,\n\nI'm sorry about the wait. I've asked GLS to look into it and "
                "I'll write again tomorrow as soon as I hear back.\n\nBest wishes,\nIvana",
            ),
            customer(
                hours(3),
                'Thanks Ivana, any news? The tracking still says "in transit".\n\nEmma',
            ),
        ),
        notes=(
            SampleNote(
                days(1.85),
                "GLS claim opened, reference 4471-22. Promised Emma an "
                "update by Friday; if the parcel is lost, send a new box by express.",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("James O'Neill", "james.oneill@post.example", "en"),
        "Olive oil: is it cold pressed?",
        (
            customer(
                hours(5),
                "Hello,\n\nIs your extra virgin olive oil cold pressed, and when was it "
                "harvested? I'd like to order two 5 litre tins if you ship to Ireland.\n\n"
                "Kind regards,\nJames O'Neill",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Sophie Turner", "sophie.t@inbox.example", "en", phones=("+447700900456",)),
        "Damaged bottle in my parcel",
        (
            customer(
                hours(27),
                "Hi there,\n\nMy parcel arrived today but the 500 ml bottle was cracked and "
                "there is oil all over the box. Photo attached. The soaps are fine.\n\n"
                "Sophie",
                photo("IMG_2041.png"),
            ),
            owner(
                hours(24),
                "Dear Sophie,\n\nI'm so sorry! A new bottle is on its way to you, double "
                "wrapped this time. No need to send anything back.\n\nIvana",
            ),
        ),
        status=ConversationStatus.OPEN,
        notes=(
            SampleNote(
                hours(23.5),
                "Replacement bottle goes out Monday with the morning "
                "pickup. Add a free lavender soap as an apology.",
            ),
        ),
        calls=(
            SampleCall(
                hours(25),
                CallOutcome.REACHED,
                "Called Sophie: she was very understanding, just wants the bottle.",
            ),
        ),
    ),
    SampleConversation(
        OLIVER,
        "Wholesale enquiry from Grant & Daughters Deli",
        (
            customer(
                days(9),
                "Dear Lavanda & Maslina team,\n\nWe run a small delicatessen in Bristol and "
                "would love to stock your olive oil and lavender soaps. Could you send us "
                "your wholesale price list and minimum order quantities?\n\n"
                "Best regards,\nOliver Grant\nGrant & Daughters Deli",
                html=True,
            ),
            owner(
                days(8),
                "Dear Oliver,\n\nThank you for thinking of us! Our wholesale price list is "
                "attached. The minimum order is 12 bottles or 24 soaps, mixed as you like.\n\n"
                "Best regards,\nIvana Kovač",
                pdf("Lavanda-Maslina-wholesale-2026.pdf"),
            ),
            customer(
                days(7),
                "Dear Ivana,\n\nWonderful. We'd like to start with 24 bottles of the 500 ml "
                "extra virgin and 24 lavender soaps. Please invoice the company.\n\nOliver",
            ),
            owner(
                days(6),
                "Dear Oliver,\n\nThe invoice is attached; we ship as soon as the payment "
                "arrives.\n\nIvana",
                pdf("Invoice-2026-0187.pdf"),
            ),
        ),
        notes=(
            SampleNote(
                days(6),
                "Wants a monthly standing order if the first batch sells. "
                "Follow up in three weeks.",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Priya Shah", "priya.shah@mail.example", "en"),
        "Allergy question about the lavender soap",
        (
            customer(
                days(3.3),
                "Hi,\n\nDoes the lavender soap contain any nut oils? My daughter has a "
                "nut allergy.\n\nMany thanks,\nPriya",
            ),
            owner(
                days(3.1),
                "Hi Priya,\n\nNo nuts at all: the soap is olive oil, coconut oil, water, "
                "lye and lavender essential oil. We make it in a workshop without any "
                "nut products.\n\nIvana",
            ),
            customer(days(2.4), "Perfect, thank you! I've ordered two.\n\nPriya"),
        ),
        status=ConversationStatus.DONE,
    ),
    SampleConversation(
        SampleCustomer("Michael Brown", "m.brown@workmail.example", "en"),
        "Please change the delivery address for order #1051",
        (
            customer(
                minutes(50),
                "Hello,\n\nCould you please send order #1051 to my office instead of my "
                "home address?\n\n14 Harbour Street, Unit 3\nPlymouth PL1 2AB\n\n"
                "Thank you,\nMichael Brown",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Laura Smith", "laura.smith@mailbox.example", "en"),
        "Gift wrapping and a card",
        (
            customer(
                days(12.5),
                'Hi! Could you gift wrap my order and add a card saying "Happy 40th, '
                'Kate!"? Thank you!\nLaura',
            ),
            owner(days(12.2), "Hi Laura,\n\nOf course, it's done and on its way.\n\nIvana"),
            customer(days(11), "Kate loved it. Thank you so much!", quote=False),
        ),
        status=ConversationStatus.DONE,
    ),
    SampleConversation(
        SampleCustomer("Tom Walker", "tom.walker@post.example", "en"),
        "Returning the ceramic oil dispenser",
        (
            customer(
                days(6),
                "Hello,\n\nI'd like to return the ceramic oil dispenser. The blue is much "
                "darker than in the photo on your website. How do I send it back?\n\nTom",
            ),
            owner(
                days(5.2),
                "Hi Tom,\n\nNo problem at all. The return form is attached; once the "
                "dispenser is back with us, you'll have your refund within 14 days.\n\n"
                "Ivana",
                pdf("Return-form.pdf"),
            ),
        ),
    ),
)
