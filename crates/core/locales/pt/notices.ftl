# Native notifications about purchases (crates/core/src/tracking/notice.rs): brand and value, never the code.
notice-codes-ready = { $count ->
        [one] Código pronto
       *[other] { $count } códigos prontos
    }
notice-codes-ready-body = { $brand } { $value } está pronto no Giftdesk

# A purchase that ended badly; $what is the first line's product and face value ("Amazon.com 50").
notice-failed = Falha na compra
notice-failed-body = { $what }: o fornecedor não conseguiu entregar
notice-expired = Prazo de pagamento encerrado
notice-expired-body = { $what }: nenhum pagamento chegou a tempo
notice-partly-delivered = Entregue em parte
notice-partly-delivered-body = { $what }: alguns itens falharam
