# frozen_string_literal: true

require "base64"

class CartsController < ApplicationController
  def show
    raw = cookies[:cart_state]
    @cart = raw ? Marshal.load(Base64.urlsafe_decode64(raw)) : Cart.new # LABEL: CWE-502
    render :show
  end
end
