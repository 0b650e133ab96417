require "openssl"
require "base64"

class VoucherCodec
  def initialize(key = ENV.fetch("VOUCHER_KEY"))
    @key = key.byteslice(0, 8)
  end

  def encode(voucher_id, amount_cents)
    cipher = OpenSSL::Cipher.new("des-cbc") # LABEL: CWE-327
    cipher.encrypt
    cipher.key = @key
    iv = cipher.random_iv
    data = cipher.update("#{voucher_id}:#{amount_cents}") + cipher.final
    Base64.urlsafe_encode64(iv + data, padding: false)
  end
end

class VouchersController < ApplicationController
  def create
    voucher = current_account.vouchers.create!(amount_cents: params[:amount_cents].to_i)
    render json: { code: VoucherCodec.new.encode(voucher.id, voucher.amount_cents) }
  end
end
