class VoucherCodec
  def initialize(secret = Rails.application.credentials.voucher_key)
    key = ActiveSupport::KeyGenerator.new(secret).generate_key("vouchers", 32)
    @encryptor = ActiveSupport::MessageEncryptor.new(key, cipher: "aes-256-gcm")
  end

  def encode(voucher_id, amount_cents)
    @encryptor.encrypt_and_sign({ id: voucher_id, amount: amount_cents }, purpose: :voucher)
  end

  def decode(code)
    @encryptor.decrypt_and_verify(code, purpose: :voucher)
  end
end

class VouchersController < ApplicationController
  def create
    voucher = current_account.vouchers.create!(amount_cents: params[:amount_cents].to_i)
    render json: { code: VoucherCodec.new.encode(voucher.id, voucher.amount_cents) }
  end
end
