# frozen_string_literal: true

class OrderArchiverWithBinds
  def initialize(account_ref)
    @account_ref = account_ref
  end

  def call
    Order.where(account_ref: @account_ref, archived_at: nil).update_all(archived_at: Time.current)
  end
end

class Admin::SafeArchivesController < Admin::BaseController
  def create
    OrderArchiverWithBinds.new(params.require(:account_ref)).call
    redirect_to admin_orders_path, notice: "Archived"
  end
end
